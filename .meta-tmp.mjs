import * as esbuild from 'esbuild';
import { chevrotainCharIndex } from './scripts/chevrotain-char-index.mjs';
import * as path from 'node:path';
const checkProtocol = { name: 'check-protocol', setup(build) { build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({ path: path.resolve('src/cli/check-protocol.ts') })); } };
const r = await esbuild.build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, mainFields: ['module', 'main'], entryPoints: ['src/cli/check.ts'], write: false, metafile: true, outfile: '/tmp/cs/x.cjs', plugins: [chevrotainCharIndex, checkProtocol], logLevel: 'error' });
const out = Object.values(r.metafile.outputs)[0];
const pat = new RegExp(process.argv[2]);
for (const [f, v] of Object.entries(out.inputs)) if (pat.test(f)) {
  const importers = Object.entries(r.metafile.inputs).filter(([k, i]) => i.imports.some(x => x.path === f)).map(([k]) => k.replace(/.*node_modules\//, ''));
  console.log(v.bytesInOutput, f.replace(/.*node_modules\//, ''), '<-', importers.join(', '));
}
