// Small helpers shared by the benchmark sections.
import { performance } from 'node:perf_hooks';

/** What each section's run({ quick }) returns: one table, and its figures for --json. */
export interface Section {
    key: string;
    title: string;
    header: string[];
    rows: Array<Array<string | number>>;
    footer?: string;
    json: unknown;
}

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` times; returns the durations in ms.
 * When `fn` returns a number, that is its duration (it timed only part of itself).
 */
export interface RunOptions {
    warmup?: number;
    runs?: number;
    warmupMs?: number;
}

export async function timeRuns(fn: (run: number) => unknown, { warmup = 2, runs = 7, warmupMs = 300 }: RunOptions = {}): Promise<number[]> {
    // Warm the JIT: at least `warmup` runs and at least `warmupMs`, at most 50 runs.
    const warmStart = performance.now();
    let i = 0;
    while (i < warmup || (performance.now() - warmStart < warmupMs && i < 50)) await fn(i++);
    warmup = i;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const own = await fn(warmup + i);
        times.push(typeof own === 'number' ? own : performance.now() - start);
    }
    return times;
}

export function gc(): void {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (collect) {
        collect();
        collect();
    }
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
