import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { EXAMPLES, ROOT } from '../helpers.js';
import { packedProject, type PackedProject } from './packed.js';

/** `npx journey …` in the adopting project, as its users run it. */
function npx(project: string, ...args: string[]): { code: number | null; out: string; err: string } {
    const result = spawnSync('npx', ['--no', '--', 'journey', ...args], { cwd: project, encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The installed `journey` bin without npx in front, for the steps around the ones under test. */
function bin(project: string, ...args: string[]): { code: number | null; out: string; err: string } {
    const result = spawnSync(path.join(project, 'node_modules', '.bin', 'journey'), args, { cwd: project, encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
}

function fetchText(url: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        get(url, response => {
            let body = '';
            response.on('data', chunk => { body += chunk; });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }).on('error', reject);
    });
}

describe('the npm package, installed from its tarball into a new project', function () {
    this.timeout(120000);
    let packed: PackedProject;
    let project: string;

    before(() => {
        packed = packedProject();
        project = packed.project;
        cpSync(EXAMPLES, path.join(project, 'journeys'), { recursive: true });
        console.log(`      ${path.basename(packed.tarball)}: ${(packed.size / 1024).toFixed(1)} KiB, ${packed.files.length} files`);
    });

    it('holds only the bundles, the preview assets and the documents: no source, test, fixture or source map', () => {
        assert.deepEqual(packed.files, [
            'CHANGELOG.md', 'LICENSE', 'README.md', 'out/cli/check.cjs', 'out/cli/commands.cjs', 'out/cli/main.cjs', 'out/server/main.cjs',
            'out/webview/fonts/Inter-Regular.ttf', 'out/webview/fonts/Inter-SemiBold.ttf', 'out/webview/fonts/OFL.txt',
            'out/webview/preview.css', 'out/webview/preview.js', 'package.json'
        ]);
    });

    it('depends on exactly the modules its bundles load from node_modules, and on nothing else', () => {
        const installed = path.join(project, 'node_modules', 'journey-dsl');
        const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
        assert.equal(manifest.private, undefined);
        const dependencies = Object.keys(manifest.dependencies ?? {}).sort();
        const loaded = new Set<string>();
        for (const bundle of ['out/cli/main.cjs', 'out/cli/check.cjs', 'out/cli/commands.cjs', 'out/server/main.cjs']) {
            const text = readFileSync(path.join(installed, bundle), 'utf8');
            for (const [, specifier] of text.matchAll(/require\(["']([^"'./][^"']*)["']\)/g)) {
                if (builtinModules.includes(specifier.replace(/^node:/, ''))) continue;
                loaded.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
            }
            // Files resolved like modules at run time (the map's font).
            for (const [, name] of text.matchAll(/["'](@[a-z0-9-]+\/[a-z0-9-]+)\/[^"']+\.ttf["']/g)) loaded.add(name);
        }
        assert.deepEqual([...loaded].sort(), dependencies);
    });

    it('prints its version and its commands', () => {
        const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
        assert.equal(bin(project, '--version').out.trim(), version);
        const help = bin(project, '--help');
        assert.equal(help.code, 0);
        assert.match(help.out, /check \[paths\.\.\.\]/);
        assert.match(help.out, /lsp --stdio/);
    });

    it('checks: exit 0 on the examples, 1 on a broken file naming its position, 2 on a missing path', () => {
        const clean = npx(project, 'check', 'journeys');
        assert.equal(clean.code, 0, clean.out + clean.err);
        assert.match(clean.out, /0 errors, 0 warnings in 4 files/);
        writeFileSync(path.join(project, 'broken.journey'), 'journey Broken {\n    stage S {\n        touchpoint T { emotion 7 }\n');
        const broken = npx(project, 'check', 'broken.journey');
        assert.equal(broken.code, 1);
        assert.match(broken.out, /broken\.journey:\d+:\d+: error journey\/syntax-error/);
        const missing = npx(project, 'check', 'no-such-folder');
        assert.equal(missing.code, 2);
        assert.match(missing.err, /no-such-folder/);
    });

    it('checks the format, formats, renders a map and builds the site', () => {
        const unformatted = bin(project, 'format', '--check', 'journeys');
        assert.equal(unformatted.code, 1, unformatted.out + unformatted.err);
        assert.match(unformatted.out, /not formatted/);
        assert.equal(bin(project, 'format', 'journeys').code, 0);
        const formatted = npx(project, 'format', '--check', 'journeys');
        assert.equal(formatted.code, 0, formatted.out + formatted.err);
        const render = npx(project, 'render', 'journeys/webshop.journey', '-o', 'webshop.svg');
        assert.equal(render.code, 0, render.err);
        assert.match(readFileSync(path.join(project, 'webshop.svg'), 'utf8'), /^<\?xml[^>]*>\s*<svg[^>]*>[\s\S]*Buying an original painting online/);
        // PNG goes through the native resvg module, installed as a dependency.
        assert.equal(bin(project, 'render', 'journeys/webshop.journey', '-o', 'webshop.png').code, 0);
        assert.deepEqual([...readFileSync(path.join(project, 'webshop.png')).subarray(1, 4)], [...Buffer.from('PNG')]);
        // The static site copies the packaged preview assets and font.
        assert.equal(bin(project, 'build', 'journeys', '-o', 'site').code, 0);
        assert.ok(existsSync(path.join(project, 'site', 'assets', 'preview.js')) && existsSync(path.join(project, 'site', 'assets', 'fonts', 'OFL.txt')));
    });

    it('serves the live map with the packaged preview assets', async () => {
        // Its own process group, so that stopping it stops the server under npx too.
        const child = spawn('npx', ['--no', '--', 'journey', 'serve', 'journeys', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = '';
                child.stdout!.on('data', chunk => {
                    out += chunk;
                    const match = /at (http:\S+)/.exec(out);
                    if (match) resolve(match[1]);
                });
                child.once('exit', code => reject(new Error(`journey serve exited with ${code}`)));
            });
            const page = await fetchText(url);
            assert.equal(page.status, 200);
            assert.match(page.body, /preview\.js/);
            const script = await fetchText(new URL('preview.js', url).toString());
            assert.equal(script.status, 200);
            assert.ok(script.body.length > 1000);
        } finally {
            process.kill(-child.pid!, 'SIGTERM');
        }
    });

    it('runs the language server: answers initialize and publishes diagnostics for an opened file', async () => {
        const child = spawn('npx', ['--no', '--', 'journey', 'lsp', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        const uri = pathToFileURL(path.join(project, 'journeys', 'new.journey')).toString();
        const published = new Promise<PublishDiagnosticsParams>(resolve => {
            connection.onNotification(PublishDiagnosticsNotification.type, params => { if (params.uri === uri) resolve(params); });
        });
        connection.listen();
        const folder = pathToFileURL(path.join(project, 'journeys')).toString();
        const { capabilities } = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'journeys' }], capabilities: {}
        });
        assert.ok(capabilities.completionProvider && capabilities.definitionProvider && capabilities.renameProvider);
        await connection.sendNotification(InitializedNotification.type, {});
        // Owners come from the examples in the workspace; Nobody does not exist.
        const text = 'journey New {\n    owner Ecommerce\n    stage S {\n        touchpoint T { owner Nobody }\n    }\n}\n';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
        const { diagnostics } = await published;
        assert.deepEqual(diagnostics.map(d => [d.code, d.range.start.line]), [['journey/unresolved-reference', 3]]);
        const exited = new Promise<number | null>(resolve => child.once('exit', resolve));
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        assert.equal(await exited, 0);
        connection.dispose();
        assert.ok(!existsSync(path.join(project, 'node_modules', '.bin', 'langium')));
    });
});

describe('the .vsix file list (vsce ls)', () => {
    it('holds the extension, server and preview bundles with their assets, LICENSE and CHANGELOG, and not the CLI', async () => {
        const { listFiles, PackageManager } = await import('@vscode/vsce');
        const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).map(file => file.split(path.sep).join('/')).sort();
        for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'out/extension/extension.cjs', 'out/server/main.cjs', 'out/webview/preview.js']) {
            assert.ok(files.includes(file), file);
        }
        // The extension's own words in Danish, Norwegian and Swedish: contributed titles and its messages.
        for (const file of ['package.nls.json', ...['da', 'nb', 'sv'].flatMap(locale => [`package.nls.${locale}.json`, `l10n/bundle.l10n.${locale}.json`])]) {
            assert.ok(files.includes(file), file);
        }
        assert.deepEqual(files.filter(file => /^(src|test|node_modules|out\/cli)\/|\.map$|\.ts$/.test(file)), []);
    });

    it('names the repository, bugs, homepage, a gallery banner and keywords for the marketplaces', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
        assert.match(manifest.repository.url, /^https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
        assert.match(manifest.bugs.url, /\/issues$/);
        assert.match(manifest.homepage, /^https:\/\//);
        assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
        assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
        assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30);
    });
});
