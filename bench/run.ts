// `npm run bench [-- --json] [-- --quick] [-- --only core,lsp]`: every section, one table each.
// Sections live in bench/<topic>.ts and export run({ quick }).
import * as core from './core.js';
import * as editions from './editions.js';
import * as lsp from './lsp.js';
import * as render from './render.js';
import * as diff from './diff.js';
import * as publish from './publish.js';
import * as cold from './cold.js';
import * as paint from './paint.js';
import { loadavg } from 'node:os';
import { goalsSection } from './goals.js';
import type { Section } from './stats.js';

// Keyed as in the JSON output, so that --only skips a section before running it.
const SECTIONS: Record<string, { run(options: { quick: boolean }): Promise<Section> }> = { core, editions, lsp, render, diff, publish, cold, paint };

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1].split(',')) : undefined;

function table(header: string[], rows: Section['rows']): string {
    const cells = [header, ...rows].map(row => row.map(String));
    const widths = header.map((_, i) => Math.max(...cells.map(row => (row[i] ?? '').length)));
    const line = (row: string[]) => '| ' + row.map((cell, i) => cell.padEnd(widths[i])).join(' | ') + ' |';
    return [line(cells[0]), '|' + widths.map(w => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

const output: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const loadBefore = loadavg();
const print = (result: Section) => {
    if (!asJson) {
        console.log(`\n## ${result.title}\n`);
        console.log(table(result.header, result.rows));
        if (result.footer) console.log(`\n${result.footer}`);
    }
};
for (const [key, section] of Object.entries(SECTIONS)) {
    if (only && !only.has(key)) continue;
    const result = await section.run({ quick });
    output[result.key] = result.json;
    print(result);
}
// Last: the goals of the performance issue, from the figures above, with the machine's load.
const goals = goalsSection(output, loadBefore);
output[goals.key] = goals.json;
print(goals);
if (asJson) {
    // The core section's fields sit at the top level, as documented in the README.
    const { core: coreResult, ...rest } = output;
    console.log(JSON.stringify({ ...rest, ...(coreResult as object) }, undefined, 2));
}
