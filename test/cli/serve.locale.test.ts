import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { serve } from '../../src/cli/serve.js';
import { EXAMPLES } from '../helpers.js';

/** Runs `journey serve` in-process until the body is done, handing it the server's address. */
async function serving(args: string[], body: (url: string) => Promise<void>): Promise<void> {
    let stop!: () => void;
    const stopped = new Promise<void>(resolve => { stop = resolve; });
    let ready!: (url: string) => void;
    const address = new Promise<string>(resolve => { ready = resolve; });
    const running = serve(args, {
        out: line => { const match = /at (http:\/\/\S+)/.exec(line); if (match) ready(match[1]); },
        err: () => undefined
    }, stopped);
    try {
        await body(await Promise.race([address, running.then(code => { throw new Error(`serve exited ${code}`); })]));
    } finally {
        stop();
        await running;
    }
}

describe('journey serve in the reader\'s language', function () {
    this.timeout(60000);
    let folder: string;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-serve-locale-'));
        copyFileSync(path.join(EXAMPLES, 'kundereise.journey'), path.join(folder, 'kundereise.journey'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('serves a page in the language --locale names, which the preview script draws the map in', async () => {
        await serving(['--port', '0', '--locale', 'nb', folder], async url => {
            const html = await (await fetch(url)).text();
            assert.match(html, /<html lang="nb"/);
            assert.match(html, /<title>Kundereisekart<\/title>/);
            // The controls speak the reader's language too (the extension's nb bundle).
            assert.match(html, /"fitToWindow":"Tilpass til vinduet \(0\)"/);
        });
        await serving(['--port', '0', folder], async url => {
            const english = await (await fetch(url)).text();
            assert.match(english, /<html lang="en"/);
            assert.match(english, /"zoomIn":"Zoom in \(\+\)"/);
        });
    });

    it('refuses an unknown locale before it listens', async () => {
        await assert.rejects(serve(['--port', '0', '--locale', 'fi', folder], { out: () => undefined, err: () => undefined }, Promise.resolve()),
            /unknown locale 'fi' \(expected en, da, nb, sv\)/);
    });
});
