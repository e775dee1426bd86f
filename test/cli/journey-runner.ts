import { run } from '../../src/cli/main.js';

/** Runs the CLI in-process, capturing its output. */
export async function journey(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { out: line => out.push(line), err: line => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `body` with the working directory set to `directory`, then restores it. */
export async function inDirectory<T>(directory: string, body: () => Promise<T>): Promise<T> {
    const previous = process.cwd();
    process.chdir(directory);
    try {
        return await body();
    } finally {
        process.chdir(previous);
    }
}
