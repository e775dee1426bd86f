import * as assert from 'node:assert/strict';
import { isJourneyMapModel } from '../../src/model/view-model-guard.js';
import { decodeHostMessage, encodeHostMessage, parseHostMessage, parseWebviewMessage, type HostMessage } from '../../src/protocol/webview-protocol.js';
import { exampleModels } from '../fixtures/view-models.js';

describe('preview message protocol', () => {
    it('accepts every example view model, and rejects it once any field has the wrong type', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        assert.ok(isJourneyMapModel(model));
        assert.ok(isJourneyMapModel(JSON.parse(JSON.stringify(model))));
        const broken: Array<(m: any) => void> = [
            m => { m.version = 99; },
            m => { m.journeys[0].stages[1].touchpoints[0].title = 7; },
            m => { m.journeys[0].stages[0].emotion = '1'; },
            m => { m.kpis[0].status = 'great'; },
            m => { m.kpis[0].target.comparator = '=>'; },
            m => { m.owners[0].source.range.start.line = null; },
            m => { m.journeys[0].stages[2].touchpoints[0].effectiveOwner.from = 'elsewhere'; },
            m => { m.syntaxErrors = [{ message: 1 }]; },
            m => { m.journeys = {}; }
        ];
        for (const breakIt of broken) {
            const copy = structuredClone(model);
            breakIt(copy);
            assert.equal(isJourneyMapModel(copy), false, breakIt.toString());
        }
    });

    it('parses the host messages it knows and drops anything else', async () => {
        const { 'shared.journey': model } = await exampleModels();
        assert.deepEqual(parseHostMessage({ type: 'highlight', source: 'file:///a', elementId: null, reveal: true }),
            { type: 'highlight', source: 'file:///a', elementId: null, reveal: true });
        assert.equal(parseHostMessage({ type: 'render', source: 'file:///a', model })?.type, 'render');
        for (const message of [
            null, 'render', [], { type: 'eval', code: 'x' }, { type: 'render', source: 'a' },
            { type: 'render', source: '', model }, { type: 'highlight', source: 'a', elementId: 3, reveal: true },
            { type: 'source', source: 'a', label: 'b', locked: 'no' }, { type: 'documents', documents: [{ source: 'a' }] },
            { type: 'source', source: 'x'.repeat(5000), label: 'b', locked: false }
        ]) {
            assert.equal(parseHostMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
        }
    });

    it('sends host messages as JSON text, and takes only the text of a valid message', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const messages: HostMessage[] = [
            { type: 'render', source: model.uri, model },
            { type: 'source', source: model.uri, label: 'webshop.journey', locked: true },
            { type: 'highlight', source: model.uri, elementId: null, reveal: false }
        ];
        for (const message of messages) {
            const text = encodeHostMessage(message);
            assert.equal(typeof text, 'string');
            // As the message, less its undefined fields (JSON has none).
            assert.deepEqual(decodeHostMessage(text), JSON.parse(JSON.stringify(message)));
        }
        const render = encodeHostMessage(messages[0]);
        const broken = JSON.parse(render);
        broken.model.journeys[0].stages[0].touchpoints[0].title = 7;
        for (const data of [
            messages[0], // the message itself, not its text: no host posts that
            render.slice(0, -1), '', 'render', 'null', '[]', '"render"', JSON.stringify(broken),
            JSON.stringify({ type: 'eval', code: 'x' }), 42, null, undefined
        ]) {
            assert.equal(decodeHostMessage(data), undefined, String(typeof data === 'string' ? data : JSON.stringify(data)).slice(0, 80));
        }
    });

    it('copies only the known fields of a message', () => {
        const parsed = parseWebviewMessage({ type: 'reveal', source: 'file:///a', elementId: 'touchpoint:J.S.T', extra: 'dropped' });
        assert.deepEqual(parsed, { type: 'reveal', source: 'file:///a', elementId: 'touchpoint:J.S.T' });
        assert.deepEqual(parseWebviewMessage({ type: 'rendered', source: 's', documentVersion: 3, keptLastGood: false }),
            { type: 'rendered', source: 's', documentVersion: 3, keptLastGood: false });
        for (const message of [{ type: 'reveal', source: 's' }, { type: 'rendered', source: 's', documentVersion: Infinity, keptLastGood: false }, { type: 'openFile', path: '/etc/passwd' }]) {
            assert.equal(parseWebviewMessage(message), undefined);
        }
    });

    it('takes a built site\'s journey pages only as relative links, and follow-continues and the lens only with their fields', () => {
        const pages = [{ journey: 'journey:Udlån', href: 'udlan.html' }, { journey: 'journey:B', href: '../journeys/b.html' }];
        assert.deepEqual(parseHostMessage({ type: 'journeyPages', pages }), { type: 'journeyPages', pages });
        for (const href of ['javascript:alert(1)', 'https://example.com/x.html', '//example.com/x.html', '/etc/passwd', 'a b.html', 'a\\b.html', '']) {
            assert.equal(parseHostMessage({ type: 'journeyPages', pages: [{ journey: 'journey:A', href }] }), undefined, href);
        }
        assert.equal(parseHostMessage({ type: 'journeyPages', pages: 'udlan.html' }), undefined);
        assert.deepEqual(parseWebviewMessage({ type: 'openContinues', source: 's', elementId: 'touchpoint:J.S.T', href: 'x' }),
            { type: 'openContinues', source: 's', elementId: 'touchpoint:J.S.T' });
        assert.equal(parseWebviewMessage({ type: 'openContinues', source: 's' }), undefined);
        assert.deepEqual(parseWebviewMessage({ type: 'rendered', source: 's', documentVersion: 3, keptLastGood: false, persona: 'persona:A' }),
            { type: 'rendered', source: 's', documentVersion: 3, keptLastGood: false, persona: 'persona:A' });
        assert.equal(parseWebviewMessage({ type: 'rendered', source: 's', documentVersion: 3, keptLastGood: false, persona: 7 }), undefined);
    });
});
