// The second performance wave's goals (issue #16) in one table, read from the
// sections' results of this run; a figure whose section did not run shows as '—'.
import { availableParallelism, loadavg } from 'node:os';
import type { Section } from './stats.js';

type Results = Record<string, unknown>;

/** The number at `keys` in the results, if that section ran. */
function pick(results: Results, ...keys: Array<string | number>): number | undefined {
    let value: unknown = results;
    for (const key of keys) {
        value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
    return typeof value === 'number' ? value : undefined;
}

interface Goal {
    figure: string;
    value(results: Results): number | undefined;
    goal: number;
    /** 'max': the figure must be at most `goal`; 'min': at least. */
    kind: 'max' | 'min';
    unit: string;
}

const GOALS: Goal[] = [
    { figure: 'keystroke → changed card in the DOM, 100 touchpoints, p95', value: r => pick(r, 'paint', 100, 'p95'), goal: 30, kind: 'max', unit: 'ms' },
    { figure: 'keystroke → changed card in the DOM, 1,000 touchpoints, p95', value: r => pick(r, 'paint', 1000, 'p95'), goal: 100, kind: 'max', unit: 'ms' },
    { figure: 'webview update for a one-touchpoint edit, 1,000 touchpoints', value: r => pick(r, 'render', 'sizes', 1000, 'updatePatchMs'), goal: 30, kind: 'max', unit: 'ms' },
    { figure: 'first draw, 1,000 touchpoints', value: r => pick(r, 'render', 'sizes', 1000, 'firstDrawMs'), goal: 120, kind: 'max', unit: 'ms' },
    { figure: 'cold `journey check` of a one-line file ÷ `node -e 0`', value: r => pick(r, 'cold', 'oneLinePerNode'), goal: 1.8, kind: 'max', unit: '×' },
    { figure: 'cold `journey check` of 10,000 lines, naive Langium ÷ ours', value: r => pick(r, 'cold', 'naivePerOurs10k'), goal: 1.6, kind: 'min', unit: '×' },
    { figure: 'keystroke → diagnostics, 10,000 lines, p95', value: r => pick(r, 'lsp', 'keystrokeToDiagnostics', 'p95'), goal: 40, kind: 'max', unit: 'ms' }
];

export function goalsSection(results: Results, loadBefore: number[]): Section {
    const loadAfter = loadavg();
    const load = (values: number[]) => values.map(v => v.toFixed(2)).join(', ');
    const rows = GOALS.map(g => {
        const value = g.value(results);
        const met = value === undefined ? undefined : g.kind === 'max' ? value <= g.goal : value >= g.goal;
        return [g.figure, value === undefined ? '—' : `${value} ${g.unit}`, `${g.kind === 'max' ? '≤' : '≥'} ${g.goal} ${g.unit}`, met === undefined ? '' : met ? 'met' : 'MISSED'];
    });
    return {
        key: 'goals',
        title: 'Performance goals (issue #16), from this run',
        header: ['figure', 'now', 'goal', ''],
        rows,
        footer: `Machine load (1, 5, 15 min) at start: ${load(loadBefore)}; at end: ${load(loadAfter)}; ${availableParallelism()} cores.`,
        json: {
            load: { start: loadBefore, end: loadAfter },
            figures: Object.fromEntries(GOALS.map((g, i) => [g.figure, { value: g.value(results) ?? null, goal: g.goal, kind: g.kind, met: rows[i][3] === 'met' }]))
        }
    };
}
