import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'langium';
import { CONFIG_FILE_NAME } from '../language/config/journey-config-file.js';
import { plural } from '../language/vocabulary.js';
import { toGithubAnnotations, toSarif } from './check-formats.js';
import {
    createCommandServices, displayPath, findJourneyFiles, InputError, loadWorkspace, readJourneyText, type ConfigFileText
} from './workspace.js';
import { commandArgs, oneOf } from './command-args.js';
import type { CommandIO } from './io.js';

export interface CheckedDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

export const CHECK_USAGE = `Usage: journey check [paths...] [--format text|json|sarif|github] [--strict] [--config FILE]

Checks every .journey file under the given files and directories (default: .)
as one workspace. Severities and ignored files come from journey.config.json in
the working directory (or --config FILE), as in the editor. --format sarif
writes SARIF 2.1.0 for code scanning, --format github workflow-command
annotations (both leave hints out). Exit code: 0 no errors, 1 errors (with
--strict, warnings too), 2 usage or input problems.`;

/** `journey check`: returns the exit code. */
export async function check(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        config: { type: 'string' }
    });
    const format = oneOf('format', values.format, ['text', 'json', 'sarif', 'github']);
    const configFile = await readConfigFile(values.config);
    const services = createCommandServices(configFile, { indexesReferences: false });
    const projectConfig = services.shared.workspace.ProjectConfig;
    const files = (await findJourneyFiles(positionals.length > 0 ? positionals : ['.']))
        .filter(file => !projectConfig.isIgnored(URI.file(file)));
    const configProblems = configFile ? projectConfig.configFor(URI.file(configFile.file))?.problems ?? [] : [];
    const diagnostics = [
        ...(configFile ? toChecked(configFile.file, configProblems) : []),
        ...await checkFiles(files, services)
    ];
    // One write for the whole report: a file with thousands of hints is as many lines.
    if (format === 'json') {
        io.out(JSON.stringify(diagnostics, undefined, 2));
    } else if (format === 'sarif') {
        io.out(JSON.stringify(toSarif(diagnostics), undefined, 2));
    } else if (format === 'github') {
        io.out([...toGithubAnnotations(diagnostics), summary(diagnostics, files.length)].join('\n'));
    } else {
        const lines = diagnostics.map(d => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
        lines.push(summary(diagnostics, files.length));
        io.out(lines.join('\n'));
    }
    const failing = diagnostics.some(d => d.severity === 'error' || (values.strict && d.severity === 'warning'));
    return failing ? 1 : 0;
}

/**
 * The config `journey check` uses: the file given with --config, else
 * journey.config.json in the working directory (where CI runs, at the workspace
 * root like the editor), else none.
 */
async function readConfigFile(explicit: string | undefined): Promise<ConfigFileText | undefined> {
    const file = path.resolve(explicit ?? CONFIG_FILE_NAME);
    if (!existsSync(file)) {
        if (explicit !== undefined) {
            throw new InputError(`${explicit}: no such config file`);
        }
        return undefined;
    }
    return { file, text: await readJourneyText(file) };
}

/** Loads the files as one workspace and returns every diagnostic, in file and position order. */
async function checkFiles(files: string[], services: ReturnType<typeof createCommandServices>): Promise<CheckedDiagnostic[]> {
    const texts = [];
    for (const file of files) {
        texts.push({ file, text: await readJourneyText(file) });
    }
    const { documents } = await loadWorkspace(texts, { services });
    return documents.flatMap(document => toChecked(document.uri.fsPath, document.diagnostics ?? []));
}

function toChecked(file: string, diagnostics: Diagnostic[]): CheckedDiagnostic[] {
    const shown = displayPath(file);
    return diagnostics
        .map(d => ({
            file: shown,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: SEVERITIES[d.severity ?? 1],
            code: String(d.code ?? 'journey/unknown'),
            message: typeof d.message === 'string' ? d.message : d.message.value
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}

function summary(diagnostics: CheckedDiagnostic[], fileCount: number): string {
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
