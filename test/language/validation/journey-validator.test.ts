import { strict as assert } from 'node:assert';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { codes, diagnose, SHARED_DEFINITIONS } from '../../helpers.js';

/** A valid journey around the given stage body lines. */
function journeyWith(stageBody: string, touchpointBody = 'channel web owner Team'): string {
    return `${SHARED_DEFINITIONS}
journey J "J" {
    stage S {
        ${stageBody}
        touchpoint T { ${touchpointBody} measures Speed }
    }
}`;
}

async function codesOf(text: string, others: Record<string, string> = {}): Promise<string[]> {
    return codes(await diagnose(text, others));
}

describe('validation', () => {
    it('accepts a complete journey without any diagnostic', async () => {
        assert.deepEqual(await codesOf(journeyWith('emotion 1')), []);
    });

    describe('emotion-out-of-range', () => {
        it('reports an emotion above +2 as an error with the clamped value in data', async () => {
            const [d] = (await diagnose(journeyWith('emotion 3'))).filter(d => d.code === 'journey/emotion-out-of-range');
            assert.equal(d.severity, 1);
            assert.deepEqual(d.data, { code: 'journey/emotion-out-of-range', value: 3, clamped: 2 });
        });
        it('reports an emotion below -2 on a touchpoint', async () => {
            assert.ok((await codesOf(journeyWith('', 'owner Team emotion -5'))).includes('journey/emotion-out-of-range'));
        });
        it('accepts -2 and +2', async () => {
            assert.deepEqual(await codesOf(journeyWith('emotion -2', 'owner Team emotion 2')), []);
        });
    });

    describe('percent-out-of-range', () => {
        it('reports a percentage above 100% and below 0%', async () => {
            const text = `owner O kpi K { owner O target >= 120% current -1% }\njourney J { owner O stage S { measures K touchpoint T } }`;
            assert.deepEqual((await codesOf(text)).filter(c => c === 'journey/percent-out-of-range').length, 2);
        });
        it('accepts 0%, 100% and large plain numbers', async () => {
            const text = `owner O kpi K { owner O target <= 100% current 0% } kpi N { owner O target >= 50000 current 60000 }
journey J { owner O stage S { measures K, N touchpoint T } }`;
            assert.deepEqual(await codesOf(text), []);
        });
    });

    describe('empty-journey and empty-stage', () => {
        it('warns about a journey without stages', async () => {
            const diagnostics = await diagnose('journey Lonely "Lonely" { }');
            assert.deepEqual(codes(diagnostics), ['journey/empty-journey']);
            assert.equal(diagnostics[0].severity, 2);
            assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 8 });
        });
        it('warns about a stage without touchpoints', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { owner Team stage Empty { } stage Full { measures Speed touchpoint T } }`;
            assert.deepEqual(await codesOf(text), ['journey/empty-stage']);
        });
    });

    describe('missing-owner', () => {
        it('warns about a touchpoint with no owner on itself, its stage or its journey', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { stage S { measures Speed touchpoint Orphan { channel web } } }`;
            const diagnostics = await diagnose(text);
            assert.deepEqual(codes(diagnostics), ['journey/missing-owner']);
            assert.match(String(diagnostics[0].message), /Orphan/);
        });
        for (const [where, text] of [
            ['the touchpoint', `journey J { stage S { measures Speed touchpoint T { owner Team } } }`],
            ['the stage', `journey J { stage S { owner Team measures Speed touchpoint T } }`],
            ['the journey', `journey J { owner Team stage S { measures Speed touchpoint T } }`]
        ]) {
            it(`accepts an owner inherited from ${where}`, async () => {
                assert.deepEqual(await codesOf(SHARED_DEFINITIONS + text), []);
            });
        }
    });

    describe('kpi-without-target and kpi-without-owner', () => {
        it('warns about a KPI with neither target nor owner', async () => {
            const text = `owner O journey J { owner O stage S { measures K touchpoint T } } kpi K "K" { current 3 }`;
            assert.deepEqual((await codesOf(text)).sort(), ['journey/kpi-without-owner', 'journey/kpi-without-target']);
        });
        it('accepts a KPI with target and owner', async () => {
            const text = `owner O journey J { owner O stage S { measures K touchpoint T } } kpi K { owner O target <= 4 }`;
            assert.deepEqual(await codesOf(text), []);
        });
    });

    describe('next-to-self', () => {
        it('warns about a touchpoint whose next is itself, plain or qualified', async () => {
            const plain = journeyWith('', 'owner Team next T');
            const qualified = journeyWith('', 'owner Team next S.T');
            assert.deepEqual(await codesOf(plain), ['journey/next-to-self']);
            assert.deepEqual(await codesOf(qualified), ['journey/next-to-self']);
        });
        it('accepts next to another touchpoint', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { owner Team stage S { measures Speed touchpoint A { next B } touchpoint B } }`;
            assert.deepEqual(await codesOf(text), []);
        });
    });

    describe('kpi-off-track', () => {
        for (const [target, current, off] of [
            ['>= 3%', '2.1%', true], ['>= 3%', '3%', false], ['> 3', '3', true],
            ['<= 60%', '71%', true], ['<= 60%', '60%', false], ['< 2', '1', false], ['= 5', '5', false], ['= 5', '4', true]
        ] as const) {
            it(`${off ? 'reports' : 'does not report'} current ${current} against target ${target}`, async () => {
                const text = `owner O journey J { owner O stage S { measures K touchpoint T } } kpi K { owner O target ${target} current ${current} }`;
                const found = (await diagnose(text)).filter(d => d.code === 'journey/kpi-off-track');
                assert.equal(found.length, off ? 1 : 0);
                if (off) assert.equal(found[0].severity, 3);
            });
        }
        it('says nothing when current is missing', async () => {
            assert.deepEqual(await codesOf(`owner O journey J { owner O stage S { measures K touchpoint T } } kpi K { owner O target >= 3 }`), []);
        });
    });

    describe('unused-definition', () => {
        it('hints at an unused owner, persona and KPI, tagged unnecessary', async () => {
            const text = `owner Used owner Idle persona Nobody kpi Unmeasured { owner Used target >= 1 }
journey J { owner Used stage S { touchpoint T } }`;
            const hints = (await diagnose(text)).filter(d => d.code === 'journey/unused-definition');
            assert.deepEqual(hints.map(d => d.message).sort(), [
                "KPI 'Unmeasured' is never used.", "Owner 'Idle' is never used.", "Persona 'Nobody' is never used."
            ]);
            for (const hint of hints) {
                assert.equal(hint.severity, 4);
                assert.deepEqual(hint.tags, [DiagnosticTag.Unnecessary]);
            }
        });
        it('counts references from other files of the workspace', async () => {
            const journey = 'journey J { owner Team persona P stage S { measures Speed touchpoint T } }';
            assert.deepEqual(await codesOf('owner Team persona P kpi Speed { owner Team target >= 1 }', { 'j.journey': journey }), []);
        });
    });

    describe('duplicate-name', () => {
        it('reports owners defined twice in the workspace, naming the other place', async () => {
            const diagnostics = await diagnose('owner Team "Again"\n' + journeyWith(''), {});
            const duplicates = diagnostics.filter(d => d.code === 'journey/duplicate-name');
            assert.equal(duplicates.length, 2);
            assert.match(String(duplicates[0].message), /Duplicate owner 'Team': also defined at main\.journey:\d+/);
        });
        it('reports a duplicate across files', async () => {
            assert.ok((await codesOf(journeyWith(''), { 'other.journey': 'kpi Speed { owner Team target >= 1 }' })).includes('journey/duplicate-name'));
        });
        it('keeps kinds in separate namespaces', async () => {
            const text = `owner Same persona Same kpi Same { owner Same target >= 1 }
journey Same { owner Same persona Same stage S { measures Same touchpoint T } }`;
            assert.deepEqual(await codesOf(text), []);
        });
        it('reports duplicate stages in a journey and duplicate touchpoints in a stage', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { owner Team stage S { measures Speed touchpoint T touchpoint T } stage S { touchpoint U } }`;
            assert.equal((await codesOf(text)).filter(c => c === 'journey/duplicate-name').length, 4);
        });
        it('accepts the same touchpoint name in different stages', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { owner Team stage A { measures Speed touchpoint T } stage B { touchpoint T } }`;
            assert.deepEqual(await codesOf(text), []);
        });
    });

    describe('unresolved-reference', () => {
        it('reports unknown owners, personas, KPIs and touchpoints with their kind', async () => {
            const text = `${SHARED_DEFINITIONS} journey J { owner Ghost persona Phantom stage S { measures Speed, Missing touchpoint T { next Nowhere } } }`;
            const unresolved = (await diagnose(text)).filter(d => d.code === 'journey/unresolved-reference');
            assert.deepEqual(unresolved.map(d => d.message), [
                "Unknown owner 'Ghost'.", "Unknown persona 'Phantom'.", "Unknown KPI 'Missing'.", "Unknown touchpoint 'Nowhere'."
            ]);
            assert.deepEqual(unresolved.map(d => (d.data as { refType: string }).refType), ['Owner', 'Persona', 'Kpi', 'Touchpoint']);
            assert.ok(unresolved.every(d => d.severity === 1));
        });
    });
});
