import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticCode } from '../src/language/diagnostic-codes.js';
import { diagnose, ROOT } from './helpers.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first ```journey block after `heading`. */
function journeyBlockAfter(heading: string): string {
    const start = README.indexOf(heading);
    assert.ok(start >= 0, `the README has '${heading}'`);
    const block = /```journey\n([\s\S]*?)\n```/.exec(README.slice(start));
    assert.ok(block, `a journey block after '${heading}'`);
    return block[1];
}

describe('README', () => {
    it('has a second-edition example a reader can paste: it parses with no errors or warnings', async () => {
        const text = journeyBlockAfter('### The second edition');
        for (const construct of ['emotion -2 for', 'persona FirstTimeBuyer, Collector\n            emotion', 'backstage "', ' by Payments', 'support "',
            'continues Onboarding.Welcome', 'from Survey2026', 'evidence Survey2026', 'sample 412']) {
            assert.ok(text.includes(construct), construct);
        }
        const problems = (await diagnose(text)).filter(d => d.severity === 1 || d.severity === 2);
        assert.deepEqual(problems.map(d => `${d.code} ${d.message}`), []);
    });

    it('lists every diagnostic code in its table (the internal error aside)', () => {
        const missing = Object.values(DiagnosticCode)
            .filter(code => code !== DiagnosticCode.InternalError && !README.includes(`| \`${code}\` |`));
        assert.deepEqual(missing, []);
    });
});
