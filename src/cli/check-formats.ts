import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticCode } from '../language/diagnostic-codes.js';
import { EMOTION_RANGE, signed } from '../language/vocabulary.js';
import type { CheckedDiagnostic } from './check.js';

/**
 * `journey check --format sarif|github`: the diagnostics for CI. Hints (the
 * editor's faded unused definitions) are left out of both; a project that
 * wants them raises their severity in journey.config.json.
 */

type SarifLevel = 'error' | 'warning' | 'note';

/** What code scanning shows for each rule; typed by the codes so a new code cannot be forgotten. */
const RULES: Record<DiagnosticCode, { level: SarifLevel | 'none'; text: string }> = {
    [DiagnosticCode.SyntaxError]: { level: 'error', text: 'The text does not follow the journey language\'s grammar.' },
    [DiagnosticCode.UnresolvedReference]: { level: 'error', text: 'An owner, persona, KPI or touchpoint name that is not defined.' },
    [DiagnosticCode.DuplicateName]: { level: 'error', text: 'Two definitions of the same kind share a name in one scope.' },
    [DiagnosticCode.EmotionOutOfRange]: { level: 'error', text: `An emotion outside ${signed(EMOTION_RANGE.min)}..${signed(EMOTION_RANGE.max)}.` },
    [DiagnosticCode.PercentOutOfRange]: { level: 'error', text: 'A percentage outside 0..100.' },
    [DiagnosticCode.EmptyJourney]: { level: 'warning', text: 'A journey without stages.' },
    [DiagnosticCode.EmptyStage]: { level: 'warning', text: 'A stage without touchpoints.' },
    [DiagnosticCode.MissingOwner]: { level: 'warning', text: 'A touchpoint with no owner on itself, its stage or its journey.' },
    [DiagnosticCode.KpiWithoutTarget]: { level: 'warning', text: 'A KPI without a target.' },
    [DiagnosticCode.KpiWithoutOwner]: { level: 'warning', text: 'A KPI without an owner.' },
    [DiagnosticCode.NextToSelf]: { level: 'warning', text: 'A touchpoint whose next touchpoint is itself.' },
    [DiagnosticCode.KpiOffTrack]: { level: 'note', text: 'A KPI whose current value misses its target.' },
    [DiagnosticCode.UnusedDefinition]: { level: 'none', text: 'An owner, persona, KPI or evidence that nothing references.' },
    [DiagnosticCode.RepeatedProperty]: { level: 'error', text: 'A property that holds one value, written twice in one element.' },
    [DiagnosticCode.KpiUnitMismatch]: { level: 'warning', text: 'A KPI whose target and current value disagree on %.' },
    [DiagnosticCode.PersonaNotInJourney]: { level: 'warning', text: 'A stage or touchpoint naming a persona that its journey does not list.' },
    [DiagnosticCode.PainWithoutEvidence]: { level: 'none', text: 'A pain that cites no evidence.' },
    [DiagnosticCode.ContinuesOwnJourney]: { level: 'warning', text: 'A continues that points back into its own journey.' },
    [DiagnosticCode.TypographicQuote]: { level: 'error', text: 'A string in typographic quotes instead of straight double quotes.' },
    [DiagnosticCode.InternalError]: { level: 'error', text: 'A check failed unexpectedly; the text may be fine.' },
    [DiagnosticCode.InvalidConfig]: { level: 'error', text: 'A problem in journey.config.json.' }
};

const SARIF_LEVELS: Record<CheckedDiagnostic['severity'], SarifLevel | undefined> = {
    error: 'error', warning: 'warning', info: 'note', hint: undefined
};

const GITHUB_COMMANDS: Record<CheckedDiagnostic['severity'], string | undefined> = {
    error: 'error', warning: 'warning', info: 'notice', hint: undefined
};

/** A SARIF 2.1.0 log with one run, paths relative to the working directory (the repository root in CI). */
export function toSarif(diagnostics: CheckedDiagnostic[], cwd = process.cwd()): object {
    const ruleIds = Object.keys(RULES) as DiagnosticCode[];
    const reported = diagnostics.filter(d => SARIF_LEVELS[d.severity] !== undefined);
    const ruleIndex = new Map<string, number>(ruleIds.map((id, index) => [id, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'journey',
                    rules: ruleIds.map(id => ({
                        id,
                        shortDescription: { text: RULES[id].text },
                        defaultConfiguration: { level: RULES[id].level }
                    }))
                }
            },
            columnKind: 'utf16CodeUnits',
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
            results: reported.map(d => ({
                ruleId: d.code,
                ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
                level: SARIF_LEVELS[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: artifact(d.file),
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    }
                }]
            }))
        }]
    };
}

/** A relative path as a URI reference against SRCROOT; anything else as a file URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
    if (path.isAbsolute(file)) {
        return { uri: pathToFileURL(file).href };
    }
    return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/** GitHub Actions workflow commands: one annotation per diagnostic, on its file and range. */
export function toGithubAnnotations(diagnostics: CheckedDiagnostic[]): string[] {
    const lines: string[] = [];
    for (const d of diagnostics) {
        const command = GITHUB_COMMANDS[d.severity];
        if (!command) {
            continue;
        }
        const properties = [
            `file=${property(d.file.split(path.sep).join('/'))}`, `line=${d.line}`, `endLine=${d.endLine}`,
            // Columns only mean something on one line.
            ...(d.line === d.endLine ? [`col=${d.column}`, `endColumn=${d.endColumn}`] : [`col=${d.column}`]),
            `title=${property(d.code)}`
        ];
        lines.push(`::${command} ${properties.join(',')}::${data(d.message)}`);
    }
    return lines;
}

/** The escaping GitHub's runner reverses for a command's message. */
function data(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** And for a property value, where `:` and `,` separate. */
function property(text: string): string {
    return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
