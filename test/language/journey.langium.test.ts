import { strict as assert } from 'node:assert';
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs.js';
import { buildWorkspace, codes, diagnose } from '../helpers.js';
import { nextOf, ownerOf } from '../../src/language/element-properties.js';

describe('robustness: hostile input', () => {
    for (const { name, text, expectCodes } of HOSTILE_INPUTS) {
        it(`gives clear diagnostics for ${name}`, async () => {
            const diagnostics = await diagnose(text);
            assert.deepEqual([...new Set(codes(diagnostics).filter(c => c !== 'journey/unused-definition'))], expectCodes);
            for (const d of diagnostics) {
                const message = String(d.message);
                assert.ok(message.length > 0 && message.length < 400, `a short message: ${message.slice(0, 100)}`);
                assert.ok(!message.includes('\n'), 'one line per message');
            }
        });
    }

    it('reports the emotion error on the right line of a CRLF file', async () => {
        const crlf = HOSTILE_INPUTS.find(i => i.name === 'CRLF line endings')!;
        const [d] = await diagnose(crlf.text);
        assert.deepEqual(d.range.start, { line: 4, character: 31 });
    });

    it('reports one syntax error, not thousands, for deep nesting', async () => {
        const nested = HOSTILE_INPUTS.find(i => i.name === '10,000 nested {')!;
        assert.ok((await diagnose(nested.text)).length <= 3);
    });
});

describe('robustness: syntax error recovery', () => {
    const text = [
        'owner A "A"',
        'ownr B "typo at top level"',
        'owner C "C"',
        'journey J {',
        '    owner C',
        '    stage S {',
        '        touchpoint T { owner A channel webb }',
        '        touchpoint U { owner Zed emotion 9 }',
        '    }',
        '    stage S2 { goal }',
        '    stage S3 { touchpoint V { owner C next S.U } }',
        '}',
        'kpi K { owner C target >= 5 }'
    ].join('\n');

    it('keeps reporting later errors after a broken line', async () => {
        const diagnostics = await diagnose(text);
        const lines = (code: string) => diagnostics.filter(d => d.code === code).map(d => d.range.start.line);
        assert.deepEqual(lines('journey/syntax-error'), [1, 6, 9]);
        assert.deepEqual(lines('journey/unresolved-reference'), [7]);
        assert.deepEqual(lines('journey/emotion-out-of-range'), [7]);
    });

    it('still resolves valid definitions after the broken lines', async () => {
        const { documents } = await buildWorkspace({ 'main.journey': text });
        const root = documents['main.journey'].parseResult.value;
        const journey = root.elements.find(e => e.$type === 'Journey');
        assert.ok(journey && journey.$type === 'Journey');
        assert.equal(ownerOf(journey)?.ref?.name, 'C');
        const v = journey.stages[2].touchpoints[0];
        assert.equal(nextOf(v)?.ref?.name, 'U');
        assert.ok(root.elements.some(e => e.$type === 'Kpi' && e.name === 'K'));
    });
});
