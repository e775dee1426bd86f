import * as assert from 'node:assert/strict';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { exampleModels } from '../fixtures/view-models.js';
import { Random } from './random.js';
import { WebviewMirror } from './webview-mirror.js';

function edited(model: JourneyMapModel, title: string): JourneyMapModel {
    const next = structuredClone(model);
    next.documentVersion++;
    next.journeys[0].stages[0].touchpoints[0].title = title;
    return next;
}

describe('fuzzer: the preview fed with updates', function () {
    this.timeout(120000);

    it('passes while the page draws what a fresh page draws, recovering from lost updates by asking for the whole model', async () => {
        const { 'webshop.journey': first } = await exampleModels();
        const mirror = new WebviewMirror(new Random(1), 1);
        let model = first;
        for (const title of ['One', 'Two', 'Three', 'Four']) {
            model = edited(model, title);
            mirror.accept(first.uri, model);
        }
        assert.equal(await mirror.check(), undefined);
        assert.ok(mirror.counts.lost > 0 && mirror.counts.wholeAgain > 0, JSON.stringify(mirror.counts));
        mirror.dispose();
    });

    it('reports a mismatch when the page shows another map than a fresh page would', async () => {
        const { 'webshop.journey': first } = await exampleModels();
        const mirror = new WebviewMirror(new Random(1), 0);
        mirror.accept(first.uri, first);
        assert.equal(await mirror.check(), undefined);
        // A page that stops taking updates: what a broken apply or partial render would look like.
        (mirror as unknown as { page: { send(): void } }).page.send = () => undefined;
        mirror.accept(first.uri, edited(first, 'Renamed'));
        const failure = await mirror.check();
        assert.equal(failure?.kind, 'mismatch');
        assert.match(failure!.detail, /Renamed/);
        mirror.dispose();
    });
});
