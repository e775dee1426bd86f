import type { Command } from './main.js';

/**
 * Every command but `check`, each module loaded when its command runs (the PNG and PDF
 * libraries, the HTTP server and the language server's connection only when needed).
 * Built as a bundle of its own, out/cli/commands.cjs, that main.ts loads at run time
 * (see esbuild.mjs): `journey check`, which pre-commit hooks and CI start over and over,
 * has its own bundle and never compiles this code.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
    render: async () => { const m = await import('./render.js'); return { usage: m.RENDER_USAGE, run: m.render }; },
    serve: async () => { const m = await import('./serve.js'); return { usage: m.SERVE_USAGE, run: (args, io) => m.serve(args, io) }; },
    diff: async () => { const m = await import('./diff.js'); return { usage: m.DIFF_USAGE, run: m.diff }; },
    export: async () => { const m = await import('./export.js'); return { usage: m.EXPORT_USAGE, run: m.exportText }; },
    format: async () => { const m = await import('./format.js'); return { usage: m.FORMAT_USAGE, run: m.format }; },
    build: async () => { const m = await import('./build/build.js'); return { usage: m.BUILD_USAGE, run: m.build }; },
    lsp: async () => { const m = await import('./lsp.js'); return { usage: m.LSP_USAGE, run: m.lsp }; }
};
