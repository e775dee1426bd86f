import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journey } from '../fixtures/journey-runner.js';
import { builtBundle } from '../../bench/built.js';

/** Some cases run the built CLI as a process: they need `npm run build`. */
const CLI = builtBundle('cli/main.cjs');

// A touchpoint without owner (warning) and an off-track KPI (info).
const MAIN = 'owner Team "Team"\nkpi Speed { owner Team target >= 5 current 2 }\njourney J {\n    stage S {\n        measures Speed\n        touchpoint T\n    }\n}\n';


describe('journey check with journey.config.json', () => {
    let folder: string;
    const at = (...parts: string[]) => path.join(folder, ...parts);

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-check-config-'));
        writeFileSync(at('main.journey'), MAIN);
        mkdirSync(at('drafts'));
        writeFileSync(at('drafts', 'broken.journey'), 'journey Broken { stage }\n');
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('re-ranks and drops diagnostics as configured, like the editor', async () => {
        writeFileSync(at('journey.config.json'), JSON.stringify({
            severity: { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'error' }, ignore: ['drafts']
        }));
        const result = await journey('check', folder, '--config', at('journey.config.json'), '--format', 'json');
        assert.equal(result.code, 1, result.err);
        const diagnostics = JSON.parse(result.out) as Array<{ code: string; severity: string }>;
        assert.deepEqual(diagnostics.map(d => `${d.code} ${d.severity}`), ['journey/kpi-off-track error']);
    });

    it('skips ignored files entirely: not checked, not counted', async () => {
        writeFileSync(at('journey.config.json'), JSON.stringify({ ignore: ['drafts/**'] }));
        const result = await journey('check', folder, '--config', at('journey.config.json'));
        assert.equal(result.code, 0, result.out);
        assert.match(result.out, /^0 errors, 1 warning in 1 file$/m);
        const without = await journey('check', folder);
        assert.equal(without.code, 1);
        assert.match(without.out, /drafts[/\\]broken\.journey/);
    });

    it('reads journey.config.json from the working directory by default', () => {
        writeFileSync(at('journey.config.json'), JSON.stringify({ severity: { 'journey/missing-owner': 'error' }, ignore: ['drafts'] }));
        const result = spawnSync(process.execPath, [CLI, 'check'], { cwd: folder, encoding: 'utf8' });
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stdout, /^main\.journey:6:20: error journey\/missing-owner /m);
        assert.match(result.stdout, /^1 error, 0 warnings in 1 file$/m);
    });

    it('reports a broken config file as an error at its position and checks with the defaults', async () => {
        writeFileSync(at('journey.config.json'), '{\n  "ignore": ["drafts"],\n  "severity": { "journey/missing-owner": nope }\n}\n');
        const result = await journey('check', at('main.journey'), '--config', at('journey.config.json'));
        assert.equal(result.code, 1);
        const lines = result.out.split('\n');
        assert.match(lines[0], /journey\.config\.json:3:42: error journey\/invalid-config journey\.config\.json is not valid JSON/);
        assert.match(result.out, /main\.journey:6:20: warning journey\/missing-owner/);
        assert.equal(lines[lines.length - 1], '1 error, 1 warning in 1 file');
    });

    it('exits 2 naming the file when --config points nowhere', async () => {
        const result = await journey('check', folder, '--config', at('missing.json'));
        assert.equal(result.code, 2);
        assert.match(result.err, /missing\.json: no such config file/);
    });
});
