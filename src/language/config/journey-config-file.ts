import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { minimatch } from 'minimatch';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { isLocale, LOCALES, type Locale } from '../reader-words.js';

/**
 * `journey.config.json`, the project file shared by the editor and `journey check`:
 * a severity per diagnostic code (`off` drops it), globs of files to ignore, and
 * the reader's language of published maps and sites (`locale`).
 * Pure: text in, config and problems out; no file system, no services.
 */
export const CONFIG_FILE_NAME = 'journey.config.json';

export const CONFIGURED_SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type ConfiguredSeverity = typeof CONFIGURED_SEVERITIES[number];

/**
 * Every code a project may configure: all of ours except the config file's own and
 * syntax errors. A file that does not parse is always an error: the map, the exports
 * and every check depend on the parse, so turning the error off would hide a broken file.
 */
export const CONFIGURABLE_CODES: readonly string[] = Object.values(DiagnosticCode)
    .filter(code => code !== DiagnosticCode.InvalidConfig && code !== DiagnosticCode.SyntaxError);

export interface ProjectConfig {
    severity: Readonly<Record<string, ConfiguredSeverity>>;
    ignore: readonly string[];
    /** The language of the words maps and sites say themselves (`journey render`, `journey build`); English when absent. */
    locale?: Locale;
}

export const DEFAULT_PROJECT_CONFIG: ProjectConfig = Object.freeze({ severity: Object.freeze({}), ignore: Object.freeze([]) });

export interface ParsedProjectConfig {
    config: ProjectConfig;
    /** Diagnostics on the config file itself (code `journey/invalid-config`). */
    problems: Diagnostic[];
}

const ERROR = 1;
const WARNING = 2;
const LSP_SEVERITY: Record<Exclude<ConfiguredSeverity, 'off'>, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

/**
 * Reads the text of a config file. Text that is not a JSON object gives the defaults;
 * otherwise each bad entry is reported and skipped, and the valid ones apply.
 */
export function parseProjectConfig(text: string): ParsedProjectConfig {
    const positions = new LineIndex(text);
    const problems: Diagnostic[] = [];
    const problem = (severity: 1 | 2, offset: number, length: number, message: string): void => {
        problems.push({
            range: positions.range(offset, length), severity, message, source: 'journey',
            code: DiagnosticCode.InvalidConfig, data: { code: DiagnosticCode.InvalidConfig }
        });
    };

    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
    if (errors.length > 0 || !root) {
        // The first error is the real one; the rest usually follow from it.
        const first = errors[0];
        if (first) {
            problem(ERROR, first.offset, first.length, `${CONFIG_FILE_NAME} is not valid JSON (${describeParseError(first)}); the default settings apply.`);
        } else {
            problem(ERROR, 0, 0, `${CONFIG_FILE_NAME} is empty; the default settings apply.`);
        }
        return { config: DEFAULT_PROJECT_CONFIG, problems };
    }
    if (root.type !== 'object') {
        problem(ERROR, root.offset, root.length, `${CONFIG_FILE_NAME} must hold a JSON object; the default settings apply.`);
        return { config: DEFAULT_PROJECT_CONFIG, problems };
    }

    const severity: Record<string, ConfiguredSeverity> = {};
    const ignore: string[] = [];
    let locale: Locale | undefined;
    for (const [key, value] of properties(root)) {
        switch (key.value) {
            case '$schema':
                break;
            case 'severity':
                readSeverities(value, severity, problem);
                break;
            case 'ignore':
                readIgnore(value, ignore, problem);
                break;
            case 'locale':
                if (value.type === 'string' && isLocale(value.value)) {
                    locale = value.value;
                } else {
                    problem(ERROR, value.offset, value.length, `'locale' must be one of ${LOCALES.join(', ')} (got ${text.slice(value.offset, value.offset + value.length)}); English applies.`);
                }
                break;
            default:
                problem(WARNING, key.offset, key.length, `Unknown setting '${key.value}' (expected 'severity', 'ignore' or 'locale'); it is ignored.`);
        }
    }
    return { config: locale ? { severity, ignore, locale } : { severity, ignore }, problems };
}

type Report = (severity: 1 | 2, offset: number, length: number, message: string) => void;

function readSeverities(node: JsonNode, into: Record<string, ConfiguredSeverity>, problem: Report): void {
    if (node.type !== 'object') {
        problem(ERROR, node.offset, node.length, `'severity' must be an object from diagnostic code to ${CONFIGURED_SEVERITIES.join(' | ')}.`);
        return;
    }
    for (const [key, value] of properties(node)) {
        const code = key.value as string;
        if (code === DiagnosticCode.SyntaxError || code === 'syntax-error') {
            problem(WARNING, key.offset, key.length, `'${DiagnosticCode.SyntaxError}' cannot be configured: a file that does not parse is always an error; this entry is ignored.`);
        } else if (!CONFIGURABLE_CODES.includes(code)) {
            const hint = CONFIGURABLE_CODES.includes(`journey/${code}`) ? ` (did you mean 'journey/${code}'?)` : '';
            problem(WARNING, key.offset, key.length, `Unknown diagnostic code '${code}'${hint}; it is ignored.`);
        } else if (value.type !== 'string' || !(CONFIGURED_SEVERITIES as readonly string[]).includes(value.value)) {
            problem(ERROR, value.offset, value.length, `The severity of '${code}' must be one of ${CONFIGURED_SEVERITIES.join(', ')}; the default applies.`);
        } else {
            into[code] = value.value as ConfiguredSeverity;
        }
    }
}

function readIgnore(node: JsonNode, into: string[], problem: Report): void {
    if (node.type !== 'array') {
        problem(ERROR, node.offset, node.length, `'ignore' must be an array of glob patterns, e.g. ["drafts/**"].`);
        return;
    }
    for (const item of node.children ?? []) {
        if (item.type !== 'string' || item.value.trim() === '') {
            problem(ERROR, item.offset, item.length, 'An ignore pattern must be a non-empty string; this one is skipped.');
        } else {
            into.push(normalizePattern(item.value));
        }
    }
}

/** The property nodes of an object as [key, value]; a property without a value is skipped. */
function properties(node: JsonNode): Array<[JsonNode, JsonNode]> {
    const pairs: Array<[JsonNode, JsonNode]> = [];
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) {
            pairs.push([key, value]);
        }
    }
    return pairs;
}

function describeParseError(error: ParseError): string {
    // 'ValueExpected' -> 'value expected'
    return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Patterns are written relative to the folder holding the config file, with '/'. */
function normalizePattern(pattern: string): string {
    return pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/**
 * Whether a path (relative to the config's folder, '/'-separated) is ignored: it, or
 * any folder above it, matches a pattern. So "drafts" ignores everything in drafts/.
 */
export function isIgnoredPath(config: ProjectConfig, relativePath: string): boolean {
    if (config.ignore.length === 0) {
        return false;
    }
    const segments = relativePath.replace(/\\/g, '/').split('/').filter(segment => segment !== '' && segment !== '.');
    if (segments[0] === '..') {
        return false;
    }
    for (let end = segments.length; end > 0; end--) {
        const candidate = segments.slice(0, end).join('/');
        if (config.ignore.some(pattern => minimatch(candidate, pattern, { dot: true }))) {
            return true;
        }
    }
    return false;
}

/**
 * Applies the configured severities: `off` removes a diagnostic, anything else
 * replaces its severity. Diagnostics without a configured code are kept as they are.
 */
export function applySeverities<D extends Pick<Diagnostic, 'code' | 'severity'>>(config: ProjectConfig, diagnostics: D[]): D[] {
    if (Object.keys(config.severity).length === 0) {
        return diagnostics;
    }
    const result: D[] = [];
    for (const diagnostic of diagnostics) {
        const configured = config.severity[String(diagnostic.code)];
        if (configured === undefined || diagnostic.code === DiagnosticCode.SyntaxError) {
            result.push(diagnostic);
        } else if (configured !== 'off') {
            result.push({ ...diagnostic, severity: LSP_SEVERITY[configured] });
        }
    }
    return result;
}

/** Offsets to LSP positions (UTF-16 columns, as JSON text offsets are). */
class LineIndex {
    private readonly starts: number[] = [0];

    constructor(private readonly text: string) {
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10) {
                this.starts.push(i + 1);
            }
        }
    }

    range(offset: number, length: number): Range {
        return { start: this.position(offset), end: this.position(offset + length) };
    }

    private position(offset: number): Range['start'] {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= clamped) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return { line: low, character: clamped - this.starts[low] };
    }
}
