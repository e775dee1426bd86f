import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { journey } from '../fixtures/journey-runner.js';

// One of each second-edition diagnostic: a persona the journey does not list (line 7),
// a pain without evidence (line 8) and a continues into its own journey (line 9).
const TEXT = `owner Team
persona Buyer
persona Visitor
journey J {
    owner Team
    persona Buyer
    stage S { persona Visitor
        pain "Slow"
        touchpoint T { continues J.S }
    }
}
`;

describe('journey check: the second edition\'s diagnostics', () => {
    let folder: string;
    const at = (...parts: string[]) => path.join(folder, ...parts);
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-check-second-'));
        writeFileSync(at('main.journey'), TEXT);
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('reports persona-not-in-journey, pain-without-evidence and continues-own-journey with file and position', async () => {
        const result = await journey('check', folder);
        assert.equal(result.code, 0, result.out);
        const lines = result.out.split('\n').map(line => line.replace(/^.*main\.journey:/, ''));
        assert.ok(lines.includes("7:23: warning journey/persona-not-in-journey Stage 'S' names persona 'Visitor', which journey 'J' does not list: add it to the journey's persona line, or name one the journey lists."), result.out);
        assert.ok(lines.includes(`8:14: hint journey/pain-without-evidence Pain "Slow" cites no evidence: add 'from' and the evidence behind it (a survey, interviews, data).`), result.out);
        assert.ok(lines.some(line => line.startsWith("9:34: warning journey/continues-own-journey 'continues' points back into its own journey 'J' (stage 'S')")), result.out);
        assert.equal(lines[lines.length - 1], '0 errors, 2 warnings in 1 file');
        assert.equal((await journey('check', folder, '--strict')).code, 1);
    });

    it('takes their severities from journey.config.json', async () => {
        writeFileSync(at('journey.config.json'), JSON.stringify({
            severity: {
                'journey/persona-not-in-journey': 'error',
                'journey/pain-without-evidence': 'warning',
                'journey/continues-own-journey': 'off'
            }
        }));
        const result = await journey('check', folder, '--config', at('journey.config.json'), '--format', 'json');
        assert.equal(result.code, 1, result.err);
        const diagnostics = JSON.parse(result.out) as Array<{ code: string; severity: string }>;
        assert.deepEqual(diagnostics.map(d => `${d.code} ${d.severity}`), [
            'journey/persona-not-in-journey error', 'journey/pain-without-evidence warning'
        ]);
    });

    it('lists them as SARIF rules, leaving the hint out of the results', async () => {
        const result = await journey('check', folder, '--format', 'sarif');
        const run = (JSON.parse(result.out) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string }> }> }).runs[0];
        const rules = run.tool.driver.rules.map(rule => rule.id);
        for (const code of ['persona-not-in-journey', 'pain-without-evidence', 'continues-own-journey']) {
            assert.ok(rules.includes(`journey/${code}`), code);
        }
        assert.deepEqual(run.results.map(r => `${r.level} ${r.ruleId}`).sort(), [
            'warning journey/continues-own-journey', 'warning journey/persona-not-in-journey'
        ]);
    });
});
