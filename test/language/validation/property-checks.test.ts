import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildViewModel } from '../../../src/model/build-view-model.js';
import { buildWorkspace, diagnose } from '../../helpers.js';

const DEFS = 'owner Sälj owner Kundtjänst persona P persona Q\n';

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(d => d.code === code);
}

describe('repeated-property', () => {
    it('reports the second owner of a stage, pointing at the first', async () => {
        const text = `${DEFS}journey J {\n  stage S {\n    owner Sälj\n    owner Kundtjänst\n    touchpoint T\n  }\n}\n`;
        const repeated = withCode(await diagnose(text), 'journey/repeated-property');
        assert.equal(repeated.length, 1);
        assert.equal(repeated[0].severity, 1);
        assert.equal(repeated[0].range.start.line, 4);
        assert.equal(repeated[0].message, "'owner' is written twice in stage 'S' (first on line 4): the first one counts; remove one of them.");
        assert.equal(repeated[0].relatedInformation?.[0].location.range.start.line, 3);
    });

    it('covers every property that holds one value, and none that collect', async () => {
        const text = `${DEFS}evidence E { source "a" source "b" date "x" date "y" url "u" url "v" sample 1 sample 2 }
kpi K { owner Sälj owner Sälj target >= 1 target >= 2 current 1 current 2 unit "a" unit "b" description "a" description "b" }
owner O { contact "a" contact "b" description "a" description "b" }
persona R { description "a" description "b" goal "g" goal "h" need "n" need "m" pain "p" pain "q" }
journey J { owner Sälj owner Sälj description "a" description "b" persona P persona Q
  stage S { goal "a" goal "b" need "a" need "b" emotion 1 emotion 2 pain "a" pain "b" opportunity "a" opportunity "b" measures K measures K
    touchpoint T { channel web channel app emotion 1 emotion -1 emotion 1 for P emotion 2 for P emotion 1 for Q
      next U next U continues J continues J backstage "a" backstage "b" support "a" support "b" persona P persona Q }
    touchpoint U } }
`;
        const repeated = withCode(await diagnose(text), 'journey/repeated-property');
        const words = repeated.map(d => /^'([^']+)'/.exec(String(d.message))?.[1]).sort();
        assert.deepEqual(words, [
            'channel', 'contact', 'continues', 'current', 'date', 'description', 'description', 'description', 'description',
            'emotion', 'emotion', 'emotion … for P', 'goal', 'need', 'next', 'owner', 'owner', 'sample', 'source', 'target', 'unit', 'url'
        ]);
    });

    it('shows the first value everywhere the second would have replaced it', async () => {
        const { documents } = await buildWorkspace({ 'main.journey': `${DEFS}journey J { stage S { touchpoint T { owner Sälj owner Kundtjänst channel web channel app emotion -1 emotion 2 } } }` });
        const touchpoint = buildViewModel(documents['main.journey']).journeys[0].stages[0].touchpoints[0];
        assert.equal(touchpoint.owner?.name, 'Sälj');
        assert.equal(touchpoint.channel, 'web');
        assert.equal(touchpoint.emotion, -1);
    });
});

describe('kpi-unit-mismatch', () => {
    it('warns when target and current disagree on %, and judges such a KPI neither on nor off track', async () => {
        const text = 'owner O kpi K { owner O target >= 3% current 2.1 } journey J { owner O stage S { measures K touchpoint T } }';
        const diagnostics = await diagnose(text);
        const mismatch = withCode(diagnostics, 'journey/kpi-unit-mismatch');
        assert.equal(mismatch.length, 1);
        assert.equal(mismatch[0].severity, 2);
        assert.match(String(mismatch[0].message), /KPI 'K' has its target in % and its current without/);
        assert.deepEqual(withCode(diagnostics, 'journey/kpi-off-track'), []);
        const { documents } = await buildWorkspace({ 'main.journey': text });
        assert.equal(buildViewModel(documents['main.journey']).kpis[0].status, 'unknown');
    });

    it('stays quiet when both or neither carry %', async () => {
        for (const values of ['target >= 3% current 2%', 'target >= 3 current 2']) {
            const diagnostics = await diagnose(`owner O kpi K { owner O ${values} } journey J { owner O stage S { measures K touchpoint T } }`);
            assert.deepEqual(withCode(diagnostics, 'journey/kpi-unit-mismatch'), [], values);
            assert.equal(withCode(diagnostics, 'journey/kpi-off-track').length, 1, values);
        }
    });
});

describe('emotion with a sign', () => {
    it('accepts emotion +1 and reads it as 1', async () => {
        const { documents } = await buildWorkspace({ 'main.journey': 'owner O journey J { owner O stage S { emotion +1 touchpoint T { emotion +2 } } }' });
        const document = documents['main.journey'];
        assert.deepEqual(document.parseResult.parserErrors, []);
        const stage = buildViewModel(document).journeys[0].stages[0];
        assert.equal(stage.emotion, 1);
        assert.equal(stage.touchpoints[0].emotion, 2);
    });
});

describe('typographic-quote', () => {
    it('reports one error per string naming the quote, keeps the text, and invents nothing elsewhere', async () => {
        const text = `owner Sälj\nowner Kundtjänst\njourney J {\n  owner Sälj\n  stage S {\n    touchpoint Mejl {\n      pain ”Mejlet hamnar i skräpposten”\n      owner Kundtjänst\n    }\n    touchpoint B { opportunity „Svar inom en dag“ }\n  }\n}\n`;
        const { documents } = await buildWorkspace({ 'main.journey': text });
        const document = documents['main.journey'];
        const diagnostics = document.diagnostics ?? [];
        assert.deepEqual(diagnostics.filter(d => d.severity === 1).map(d => `${d.code} ${d.range.start.line}`),
            ['journey/typographic-quote 6', 'journey/typographic-quote 9']);
        assert.equal(diagnostics[0].message, 'Typographic quote ” (U+201D): write the string in straight double quotes, "…".');
        const model = buildViewModel(document);
        assert.deepEqual(model.syntaxErrors, []);
        assert.deepEqual(model.journeys[0].stages[0].touchpoints[0].pains, ['Mejlet hamnar i skräpposten']);
        assert.equal(model.journeys[0].stages[0].touchpoints[0].owner?.name, 'Kundtjänst');
    });

    it('reads a straight string that closes with a typographic quote', async () => {
        const diagnostics = await diagnose('owner O journey J { owner O stage S { touchpoint T { pain "Slow” } } }');
        assert.deepEqual(diagnostics.filter(d => d.severity === 1).map(d => d.code), ['journey/typographic-quote']);
    });

    it('leaves typographic quotes inside a straight string alone', async () => {
        const diagnostics = await diagnose('owner O journey J { owner O stage S { touchpoint T { pain "He said ”hi” and it’s fine" } } }');
        assert.deepEqual(diagnostics.filter(d => d.severity === 1), []);
    });
});

describe('evidence definitions', () => {
    it('are unused-definition when nothing cites them, and duplicate-name across files', async () => {
        const { documents } = await buildWorkspace({
            'a.journey': 'evidence Survey "Survey" { sample 10 }\nevidence Unused\n',
            'b.journey': 'evidence Survey\nowner O journey J { owner O stage S { touchpoint T { pain "x" from Survey } } }\n'
        });
        const a = documents['a.journey'].diagnostics ?? [];
        assert.deepEqual(withCode(a, 'journey/unused-definition').map(d => d.message), ["Evidence 'Unused' is never used."]);
        assert.deepEqual(withCode(a, 'journey/duplicate-name').map(d => d.message), ["Duplicate evidence 'Survey': also defined at b.journey:1."]);
    });
});
