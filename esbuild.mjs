// Bundles each entry point into one file under out/. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Prefer ESM builds of dependencies (langium ships ESM only).
    mainFields: ['module', 'main']
};

const builds = [
    { ...node, entryPoints: { 'server/main': 'src/server/main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' } },
    { ...node, entryPoints: { 'cli/main': 'src/cli/bin.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' },
      banner: { js: '#!/usr/bin/env node' } }
];

if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
