import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { EmptyFileSystem, URI } from 'langium';
import { parseProjectConfig } from '../../src/language/config/journey-config-file.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { buildViewModel } from '../../src/model/build-view-model.js';
import { isJourneyMapModel } from '../../src/model/view-model-guard.js';
import { VIEW_MODEL_VERSION } from '../../src/model/view-model.js';
import { exampleModels as examples, modelOf, modelsOf } from '../fixtures/view-models.js';
import { exampleFiles } from '../helpers.js';

describe('view model', () => {
    it('lists the stages and touchpoints of a journey in source order', async () => {
        const { 'webshop.journey': model } = await examples();
        assert.equal(model.version, VIEW_MODEL_VERSION);
        assert.equal(model.journeys.length, 1);
        const journey = model.journeys[0];
        assert.equal(journey.title, 'Buying an original painting online');
        assert.equal(journey.description, 'Five phases of the purchase journey, as the team reviews it every quarter');
        assert.deepEqual(journey.stages.map(s => s.name), ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Loyalty']);
        assert.deepEqual(journey.stages[0].touchpoints.map(t => t.qualifiedName),
            ['Awareness.InstagramAds', 'Awareness.Search', 'Awareness.WordOfMouth']);
        assert.deepEqual(journey.personas.map(p => [p.name, p.targetId]),
            [['FirstTimeBuyer', 'persona:FirstTimeBuyer'], ['Collector', 'persona:Collector']]);
    });

    it('carries stage and touchpoint properties, with signed emotions', async () => {
        const { 'webshop.journey': model } = await examples();
        const purchase = model.journeys[0].stages[2];
        assert.equal(purchase.emotion, -1);
        assert.deepEqual(purchase.measures.map(m => m.targetId), ['kpi:Conversion']);
        const checkout = purchase.touchpoints[0];
        assert.equal(checkout.id, 'touchpoint:Webshop.Purchase.Checkout');
        assert.equal(checkout.channel, 'web');
        assert.equal(checkout.emotion, -2);
        assert.deepEqual(checkout.pains, ['Shipping cost appears only at the last step']);
        assert.deepEqual(checkout.opportunities, ['Show the delivered price on the product page']);
        assert.deepEqual(checkout.measures.map(m => m.name), ['Conversion', 'CartAbandonment']);
        const awareness = model.journeys[0].stages[0];
        assert.equal(awareness.goal, 'Be seen where first-time art buyers look for inspiration');
        assert.deepEqual(awareness.touchpoints[0].next,
            { name: 'Consideration.ProductPage', resolved: true, targetId: 'touchpoint:Webshop.Consideration.ProductPage' });
    });

    it('lists referenced definitions from other files with their own source uri', async () => {
        const { 'webshop.journey': model } = await examples();
        assert.deepEqual(model.kpis.map(k => k.name), ['CTR', 'CartAbandonment', 'Conversion', 'NPS', 'Reach', 'RepeatRate']);
        assert.deepEqual(model.owners.map(o => o.name), ['CX', 'Ecommerce', 'Marketing', 'Ops']);
        assert.deepEqual(model.personas.map(p => p.name), ['Collector', 'FirstTimeBuyer']);
        for (const definition of [...model.kpis, ...model.owners, ...model.personas]) {
            assert.match(definition.source.uri, /shared\.journey$/);
        }
        const cx = model.owners.find(o => o.name === 'CX')!;
        assert.equal(cx.contact, 'cx@example.com');
        assert.equal(cx.description, 'Owns NPS and everything after the purchase');
    });

    it('computes KPI targets, current values and status', async () => {
        const { 'shared.journey': model } = await examples();
        const byName = Object.fromEntries(model.kpis.map(k => [k.name, k]));
        assert.deepEqual(byName.Reach.target, { value: 50000, percent: false, text: '50000 people', comparator: '>=', comparatorWritten: true });
        assert.deepEqual(byName.Reach.current, { value: 41200, percent: false, text: '41200 people' });
        assert.equal(byName.Reach.status, 'off-track');
        assert.equal(byName.CartAbandonment.target?.comparator, '<=');
        assert.equal(byName.CartAbandonment.current?.text, '71%');
        assert.equal(byName.CartAbandonment.status, 'off-track');
        assert.equal(byName.RepeatRate.status, 'on-track');
        assert.equal(byName.Reach.owner?.targetId, 'owner:Marketing');
        assert.equal(model.journeys.length, 0);
    });

    it('gives touchpoints their own owner and the effective owner with where it comes from', async () => {
        const { 'kundereise.journey': model } = await examples();
        const stages = model.journeys[0].stages;
        const social = stages[0].touchpoints[0];
        assert.equal(social.owner, undefined);
        assert.deepEqual(social.effectiveOwner, { name: 'Markedsføring', resolved: true, targetId: 'owner:Markedsføring', from: 'journey' });
        const shop = stages[2].touchpoints[0];
        assert.equal(shop.effectiveOwner?.from, 'stage');
        assert.equal(shop.effectiveOwner?.name, 'Netthandel');
        const chat = stages[2].touchpoints[1];
        assert.equal(chat.owner?.name, 'Kundeservice');
        assert.equal(chat.effectiveOwner?.from, 'touchpoint');
    });

    it('is a valid model while a note is typed without its string yet (the preview refuses one with a missing text)', async () => {
        for (const text of [
            'persona P "p" { goal\n need\n pain\n }',
            'journey J { stage S { pain\n opportunity\n touchpoint T { pain\n opportunity\n backstage\n support\n } } }'
        ]) {
            const model = JSON.parse(JSON.stringify(await modelOf(text)));
            assert.ok(isJourneyMapModel(model), `${text}: ${JSON.stringify(model.personas)} ${JSON.stringify(model.journeys[0]?.stages)}`);
        }
    });

    it('shows the name as title when no title is written', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'journey J { stage S { touchpoint T } }'
        });
        const touchpoint = model.journeys[0].stages[0].touchpoints[0];
        assert.equal(touchpoint.title, 'T');
        assert.equal(touchpoint.hasTitle, false);
        assert.equal(model.journeys[0].hasTitle, false);
    });

    it('records each element\'s whole range and its name range', async () => {
        const text = 'journey J "Title" {\n  stage S {\n    touchpoint T "Tee" { channel web }\n  }\n}\n';
        const { 'main.journey': model } = await modelsOf({ 'main.journey': text });
        const touchpoint = model.journeys[0].stages[0].touchpoints[0];
        assert.match(touchpoint.source.uri, /^file:\/\/\/workspace\/main\.journey$/);
        assert.deepEqual(touchpoint.source.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 38 } });
        assert.deepEqual(touchpoint.source.selection, { start: { line: 2, character: 15 }, end: { line: 2, character: 16 } });
        assert.deepEqual(model.journeys[0].source.range.start, { line: 0, character: 0 });
        assert.deepEqual(model.journeys[0].source.range.end, { line: 4, character: 1 });
    });

    it('keeps unresolved references by their written name', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'journey J { owner Nobody stage S { measures Missing touchpoint T { next Nowhere } } }'
        });
        const journey = model.journeys[0];
        assert.deepEqual(journey.owner, { name: 'Nobody', resolved: false, targetId: undefined });
        assert.deepEqual(journey.stages[0].measures, [{ name: 'Missing', resolved: false, targetId: undefined }]);
        assert.equal(journey.stages[0].touchpoints[0].next?.resolved, false);
        assert.equal(journey.stages[0].touchpoints[0].effectiveOwner?.resolved, false);
        assert.deepEqual(model.owners, []);
    });

    it('gives duplicate names distinct ids', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'owner A\nowner A\njourney J { stage S { touchpoint T touchpoint T } }'
        });
        assert.deepEqual(model.owners.map(o => o.id), ['owner:A', 'owner:A~2']);
        assert.deepEqual(model.journeys[0].stages[0].touchpoints.map(t => t.id),
            ['touchpoint:J.S.T', 'touchpoint:J.S.T~2']);
    });

    it('shows every journey of a file', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'journey A { stage S { touchpoint T } }\njourney B { stage S { touchpoint T } }'
        });
        assert.deepEqual(model.journeys.map(j => j.id), ['journey:A', 'journey:B']);
        assert.deepEqual(model.journeys.map(j => j.stages[0].touchpoints[0].id), ['touchpoint:A.S.T', 'touchpoint:B.S.T']);
    });

    it('keeps emotions outside the range as written', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'journey J { stage S { emotion 5 touchpoint T { emotion -7 } } }'
        });
        assert.equal(model.journeys[0].stages[0].emotion, 5);
        assert.equal(model.journeys[0].stages[0].touchpoints[0].emotion, -7);
    });

    it('reports syntax errors in text order and still models what was recovered', async () => {
        const { 'main.journey': model } = await modelsOf({
            'main.journey': 'journey J {\n  stage S {\n    touchpoint T { channel fax }\n  }\n  stage U { touchpoint V }\n}\n'
        });
        assert.ok(model.syntaxErrors.length >= 1);
        assert.equal(model.syntaxErrors[0].range.start.line, 2);
        assert.ok(model.journeys[0].stages.some(s => s.name === 'U'));
    });

    it('survives any prefix of the examples without throwing, as JSON', async () => {
        for (const { name, text } of exampleFiles()) {
            for (let cut = 0; cut < text.length; cut += 151) {
                const { 'x.journey': model } = await modelsOf({ 'x.journey': text.slice(0, cut) });
                assert.doesNotThrow(() => JSON.parse(JSON.stringify(model)), `${name} cut at ${cut}`);
            }
        }
    });

    it('carries each persona\'s own emotion beside the common one, on stages and touchpoints', async () => {
        const { 'bibliotek.journey': model } = await examples();
        const [opdagelse, oprettelse] = model.journeys[0].stages;
        const hjemmeside = opdagelse.touchpoints[0];
        assert.equal(hjemmeside.emotion, 1);
        assert.deepEqual(hjemmeside.personaEmotions.map(e => [e.persona.targetId, e.emotion]),
            [['persona:Studerende', 2], ['persona:Pensionist', -1]]);
        assert.deepEqual(oprettelse.personaEmotions.map(e => [e.persona.name, e.emotion]), [['Studerende', -1]]);
        assert.equal(oprettelse.emotion, undefined);
    });

    it('keeps the first emotion written for a persona when it is repeated', async () => {
        const model = await modelOf('persona P\njourney J { persona P\n stage S { touchpoint T { emotion -1 for P\n emotion +2 for P } } }');
        assert.deepEqual(model.journeys[0].stages[0].touchpoints[0].personaEmotions.map(e => e.emotion), [-1]);
    });

    it('says who passes each touchpoint: its own personas, else its stage\'s, else its journey\'s, plus those who feel something there', async () => {
        const { 'bibliotek.journey': model } = await examples();
        const [opdagelse, oprettelse] = model.journeys[0].stages;
        const passed = (touchpoint: { passedBy: Array<{ name: string }>; passedByFrom?: string }) =>
            [touchpoint.passedByFrom, ...touchpoint.passedBy.map(p => p.name)];
        assert.deepEqual(passed(opdagelse.touchpoints[0]), ['journey', 'Studerende', 'Pensionist']);
        assert.deepEqual(opdagelse.touchpoints[1].personas.map(p => p.name), ['Pensionist']);
        assert.deepEqual(passed(opdagelse.touchpoints[1]), ['touchpoint', 'Pensionist']);
        assert.deepEqual(oprettelse.personas.map(p => p.targetId), ['persona:Studerende']);
        assert.deepEqual(passed(oprettelse.touchpoints[0]), ['stage', 'Studerende']);
        const loose = await modelOf('persona P\npersona Q\njourney J { stage S { touchpoint T { emotion 1 for Q }\n touchpoint U } }');
        const [t, u] = loose.journeys[0].stages[0].touchpoints;
        assert.deepEqual(passed(t), ['touchpoint', 'Q']);
        assert.deepEqual(passed(u), [undefined]);
    });

    it('lists backstage and support items with their owners, and adds those owners to the definitions', async () => {
        const { 'bibliotek.journey': model } = await examples();
        const app = model.journeys[0].stages[1].touchpoints[0];
        assert.deepEqual(app.backstage, [{
            text: 'Lånerkortet aktiveres i det fælles lånersystem',
            owner: { name: 'Digital', resolved: true, targetId: 'owner:Digital' }
        }]);
        assert.deepEqual(app.support, [{ text: 'Det fælles lånersystem' }]);
        const { 'main.journey': elsewhere } = await modelsOf({
            'shared.journey': 'owner Drift "Drift og systemer"',
            'main.journey': 'journey J { stage S { touchpoint T { backstage "Nightly batch" by Drift\n support "Ghost" by Nobody } } }'
        });
        const touchpoint = elsewhere.journeys[0].stages[0].touchpoints[0];
        assert.equal(touchpoint.backstage[0].owner?.targetId, 'owner:Drift');
        assert.deepEqual(touchpoint.support[0].owner, { name: 'Nobody', resolved: false, targetId: undefined });
        assert.deepEqual(elsewhere.owners.map(o => [o.name, o.title]), [['Drift', 'Drift og systemer']]);
    });

    it('lists evidence definitions and the evidence each pain and opportunity cites', async () => {
        const { 'bibliotek.journey': model } = await examples();
        assert.deepEqual(model.evidence.map(e => e.name), ['Brugerundersøgelse', 'Skrankeinterviews']);
        const survey = model.evidence[0];
        assert.equal(survey.kind, 'evidence');
        assert.equal(survey.title, 'Brugerundersøgelse 2026');
        assert.equal(survey.origin, 'Kommunens årlige brugerundersøgelse');
        assert.equal(survey.date, '2026-03');
        assert.equal(survey.url, 'https://bibliotek.example.dk/brugerundersoegelse-2026');
        assert.equal(survey.sample, 1240);
        assert.equal(model.evidence[1].url, undefined);
        const app = model.journeys[0].stages[1].touchpoints[0];
        assert.deepEqual(app.citations.map(c => [c.on, c.index, c.text, c.evidence.map(e => e.targetId)]), [
            ['pain', 0, 'Koden til appen kommer først dagen efter', ['evidence:Brugerundersøgelse', 'evidence:Skrankeinterviews']],
            ['opportunity', 0, 'Send koden med det samme som sms', ['evidence:Skrankeinterviews']]
        ]);
        const { 'main.journey': other } = await modelsOf({
            'research.journey': 'evidence Survey "Survey" { sample 40 }',
            'main.journey': 'journey J { stage S { pain "Slow" from Survey\n pain "Unsure"\n touchpoint T } }'
        });
        assert.deepEqual(other.journeys[0].stages[0].citations.map(c => [c.index, c.evidence[0].targetId]), [[0, 'evidence:Survey']]);
        assert.match(other.evidence[0].source.uri, /research\.journey$/);
    });

    it('links continues to the journey, and the stage, it leads into', async () => {
        const { 'bibliotek.journey': model } = await examples();
        const [indmeldelse, udlån] = model.journeys;
        assert.deepEqual(indmeldelse.stages[0].touchpoints[1].continues, {
            journey: { name: 'Udlån', resolved: true, targetId: udlån.id }, sameDocument: true
        });
        assert.deepEqual(indmeldelse.stages[1].touchpoints[0].continues, {
            journey: { name: 'Udlån', resolved: true, targetId: 'journey:Udlån' },
            stage: { name: 'Reservering', resolved: true, targetId: udlån.stages[0].id },
            sameDocument: true
        });
        const { 'main.journey': other } = await modelsOf({
            'other.journey': 'journey Onboarding { stage Welcome { touchpoint Mail } }',
            'main.journey': 'journey J { stage S { touchpoint T { continues Onboarding.Welcome }\n touchpoint U { continues Nowhere } } }'
        });
        const [t, u] = other.journeys[0].stages[0].touchpoints;
        assert.deepEqual(t.continues, {
            journey: { name: 'Onboarding', resolved: true, targetId: 'journey:Onboarding' },
            stage: { name: 'Welcome', resolved: true, targetId: 'stage:Onboarding.Welcome' },
            sameDocument: false
        });
        assert.equal(u.continues?.journey.resolved, false);
        assert.equal(u.continues?.sameDocument, false);
    });

    it('is plain JSON: a round trip through JSON changes nothing', async () => {
        for (const model of Object.values(await examples())) {
            assert.deepEqual(JSON.parse(JSON.stringify(model)), stripUndefined(model));
        }
    });
});

function stripUndefined(value: unknown): unknown {
    return JSON.parse(JSON.stringify(value));
}

describe('view model syntax errors under journey.config.json', () => {
    const BROKEN = 'journey J {\n  stage S {\n    touchpoint T { channel fax }\n  }\n}\n';

    /** Builds `name` in a workspace whose journey.config.json holds `config`. */
    async function modelUnderConfig(config: string, name: string) {
        const services = createJourneyServices(EmptyFileSystem);
        services.shared.workspace.ProjectConfig.set(URI.parse('file:///workspace'), config);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(BROKEN, URI.parse(`file:///workspace/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return { document, model: buildViewModel(document) };
    }

    it('reads syntax errors from the parse, also in a file the config ignores', async () => {
        const { document, model } = await modelUnderConfig('{ "ignore": ["drafts"] }', 'drafts/broken.journey');
        assert.deepEqual(document.diagnostics, [], 'an ignored file reports nothing');
        assert.equal(model.syntaxErrors.length, 1);
        assert.equal(model.syntaxErrors[0].range.start.line, 2);
    });

    it('keeps syntax errors when the config tries to turn them off, and says the entry is ignored', async () => {
        const config = '{ "severity": { "journey/syntax-error": "off", "journey/missing-owner": "off" } }';
        const parsed = parseProjectConfig(config);
        assert.deepEqual(parsed.problems.map(p => p.message),
            ["'journey/syntax-error' cannot be configured: a file that does not parse is always an error; this entry is ignored."]);
        const { document, model } = await modelUnderConfig(config, 'main.journey');
        const codes = (document.diagnostics ?? []).map(d => [d.code, d.severity]);
        assert.deepEqual(codes, [['journey/syntax-error', 1]]);
        assert.equal(model.syntaxErrors.length, 1);
    });
});
