// Small helpers shared by the benchmark sections.
import { performance } from 'node:perf_hooks';

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` times; returns the durations in ms.
 * When `fn` returns a number, that is its duration (it timed only part of itself).
 */
export async function timeRuns(fn, { warmup = 2, runs = 7, warmupMs = 300 } = {}) {
    // Warm the JIT: at least `warmup` runs and at least `warmupMs`, at most 50 runs.
    const warmStart = performance.now();
    let i = 0;
    while (i < warmup || (performance.now() - warmStart < warmupMs && i < 50)) await fn(i++);
    warmup = i;
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const own = await fn(warmup + i);
        times.push(typeof own === 'number' ? own : performance.now() - start);
    }
    return times;
}

export function gc() {
    if (typeof globalThis.gc === 'function') {
        globalThis.gc();
        globalThis.gc();
    }
}

export const round = (value, digits = 1) => Number(value.toFixed(digits));
