import * as path from 'node:path';
import { buildViewModel } from '../model/build-view-model.js';
import { modelAsMarkdown } from '../model/export/export-markdown.js';
import { modelAsMermaid } from '../model/export/export-mermaid.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { commandArgs, oneOf } from './command-args.js';
import type { CommandIO } from './io.js';
import { assertParses } from './syntax-check.js';
import { displayPath, InputError, loadFileInWorkspace } from './workspace.js';

export const EXPORT_USAGE = `Usage: journey export FILE [--format mermaid|markdown|json] [--journey NAME] [--bare] [--workspace DIR]

Writes the map of FILE to standard output:
  mermaid    (default) a \`\`\`mermaid block per journey that GitHub draws in
             Markdown: a section per stage, a task per touchpoint scored
             emotion + 3, the personas who pass it as the actors (its owner
             where no persona is named). --bare: the diagram alone (for .mmd
             files), one journey (choose with --journey NAME).
  markdown   a summary: per journey the diagram, a table of stages and
             touchpoints (each persona's emotion, cited evidence, backstage
             and support), the KPIs it measures and the evidence it cites.
  json       the view model (documented in the README), its version first.
References resolve across the .journey files under --workspace DIR (default:
FILE's directory). Exit code: 0, or 2 on usage and input problems (FILE does
not parse: its position is named).`;

const FORMATS = ['mermaid', 'markdown', 'json'] as const;

/** `journey export`: the map as Mermaid, Markdown or JSON text on standard output; returns the exit code. */
export async function exportText(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        format: { type: 'string', default: 'mermaid' },
        journey: { type: 'string' },
        bare: { type: 'boolean', default: false },
        workspace: { type: 'string' }
    });
    const format = oneOf('format', values.format, FORMATS);
    if (positionals.length !== 1) {
        throw Object.assign(new Error(`expected one FILE, got ${positionals.length}`), { code: 'ERR_PARSE_ARGS_USAGE' });
    }
    const model = selectJourney(await loadModel(positionals[0], values.workspace), values.journey);
    if (format === 'json') {
        io.out(JSON.stringify(model, undefined, 2));
    } else if (format === 'markdown') {
        io.out(modelAsMarkdown(model).trimEnd());
    } else {
        if (values.bare && model.journeys.length > 1) {
            throw new InputError(`${displayPath(path.resolve(positionals[0]))} has ${model.journeys.length} journeys; --bare writes one: choose it with --journey NAME`);
        }
        io.out(modelAsMermaid(model, { fence: !values.bare }));
    }
    return 0;
}

/** The view model of `file`, linked with the other files of its workspace. */
async function loadModel(file: string, workspace: string | undefined): Promise<JourneyMapModel> {
    const document = await loadFileInWorkspace(file, workspace, { validation: false });
    assertParses(document, displayPath(document.uri.fsPath));
    return buildViewModel(document);
}

function selectJourney(model: JourneyMapModel, name: string | undefined): JourneyMapModel {
    if (name === undefined) {
        return model;
    }
    const journeys = model.journeys.filter(journey => journey.name === name);
    if (journeys.length === 0) {
        const known = model.journeys.map(journey => journey.name).join(', ') || 'none';
        throw new InputError(`no journey '${name}' in the file (it has: ${known})`);
    }
    return { ...model, journeys };
}
