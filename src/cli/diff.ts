import { diffAsMarkdown } from '../model/diff/diff-markdown-report.js';
import { diffAsText } from '../model/diff/diff-text-report.js';
import { diffSnapshots } from '../model/diff/journey-diff.js';
import { loadSnapshot, readSide, readWorkingFiles, type SideFile } from './diff-sides.js';
import { readRevisionFiles } from './git-revision.js';
import { commandArgs, oneOf } from './command-args.js';
import { resolveLocale } from './locale-option.js';
import { readerWords } from '../language/reader-words.js';
import type { CommandIO } from './io.js';

export const DIFF_USAGE = `Usage: journey diff BASE HEAD [--format text|markdown|json] [--exit-code] [--locale en|da|nb|sv]
       journey diff --git REV [paths...] [--format text|markdown|json] [--exit-code] [--locale en|da|nb|sv]

Reports what changed between two versions of the journeys: journeys, stages,
touchpoints, owners, personas and KPIs added, removed, renamed or moved, and
their changed properties. BASE and HEAD are each a file, a directory or REV:path
(a path in a git revision, from the repository root, e.g. main:specs). With
--git REV, the .journey files under the paths (default: .) are compared with the
same paths in revision REV.

--format markdown writes a pull-request comment; --format json the diff as data.
--locale picks the language of the text and markdown reports' own words (default:
"locale" in journey.config.json, else English); the journeys' text stays as
written, and the JSON is the same in every language.
Exit code: 0 (with --exit-code: 0 no changes, 1 changes), 2 usage or input
problems, such as a side that does not parse.`;

const FORMATS = ['text', 'markdown', 'json'] as const;

/** `journey diff`: returns the exit code. */
export async function diff(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = commandArgs(args, {
        format: { type: 'string', default: 'text' },
        git: { type: 'string' },
        'exit-code': { type: 'boolean', default: false },
        locale: { type: 'string' }
    });
    const format = oneOf('format', values.format, FORMATS);
    const words = readerWords(await resolveLocale(values.locale));
    let base: SideFile[];
    let head: SideFile[];
    if (values.git !== undefined) {
        const paths = positionals.length > 0 ? positionals : ['.'];
        head = await readWorkingFiles(paths);
        base = await readRevisionFiles(values.git, paths);
    } else {
        if (positionals.length !== 2) {
            throw usageError(`expected BASE and HEAD, got ${positionals.length} ${positionals.length === 1 ? 'argument' : 'arguments'}`);
        }
        base = await readSide(positionals[0]);
        head = await readSide(positionals[1]);
    }
    const result = diffSnapshots(await loadSnapshot(base), await loadSnapshot(head));
    if (format === 'json') {
        io.out(JSON.stringify(result, undefined, 2));
    } else if (format === 'markdown') {
        io.out(diffAsMarkdown(result, words).trimEnd());
    } else {
        io.out(diffAsText(result, words));
    }
    return values['exit-code'] && result.changes.length > 0 ? 1 : 0;
}

/** Reported like parseArgs' own errors: the message, then the usage. */
function usageError(message: string): Error {
    return Object.assign(new Error(message), { code: 'ERR_PARSE_ARGS_USAGE' });
}
