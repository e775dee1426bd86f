import * as assert from 'node:assert/strict';
import { journeyWithTouchpoints } from '../../../bench/render.js';
import { crop, THUMBNAIL_ASPECT, thumbnailSvg } from '../../../src/cli/build/site-thumbnail.js';
import { renderMap } from '../../../src/render/render-map.js';
import { h, toMarkup } from '../../../src/render/vnode.js';
import { exampleModels, modelOf } from '../../fixtures/view-models.js';

const viewBox = (svg: string) => svg.match(/<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);

describe('the index card\'s thumbnail of a map', function () {
    this.timeout(30000);

    it('holds the part of a long map a card shows: its full height, at most five times as wide, what lies right of that left out', async () => {
        const model = await modelOf(journeyWithTouchpoints(200));
        const full = renderMap(model);
        const svg = thumbnailSvg(model);
        const [width, height] = viewBox(svg);
        assert.equal(height, full.height);
        assert.equal(width, Math.ceil(full.height * THUMBNAIL_ASPECT));
        assert.ok(width < full.width / 2, `${width} of ${full.width} px`);
        assert.match(svg, new RegExp(`<svg[^>]*width="${width}"`));
        assert.ok(svg.includes('>Stage 0<') && svg.includes('>Touchpoint 0 of stage 0<') && svg.includes('>Touchpoints<'), 'the first stage and the lane names');
        assert.ok(!svg.includes('>Stage 19<'), 'a stage far right of the card is left out');
        for (const [, x] of svg.matchAll(/<g [^>]*transform="translate\(([\d.]+) /g)) {
            assert.ok(Number(x) <= width, `a group at x ${x}, right of ${width}`);
        }
        assert.ok(svg.length < toMarkup(full.svg).length / 2);
    });

    it('keeps the whole of a map that fits a card, with the map\'s styles, without tooltips or what only the interactive map uses', async () => {
        const model = (await exampleModels())['kundereise.journey'];
        const full = renderMap(model);
        const svg = thumbnailSvg(model);
        assert.deepEqual(viewBox(svg), [full.width, full.height]);
        for (const stage of model.journeys[0].stages) {
            assert.ok(svg.includes(`>${stage.title}<`), stage.title);
        }
        assert.match(svg, /<style>[^<]*--jm-bg/);
        assert.ok(!/<title>|\b(tabindex|role|aria-[a-z]+|data-[a-z-]+)="/.test(svg), 'no tooltip, focus, role, label or data attribute');
    });

    it('places each element by the translations of its ancestors and keeps text anchored at its end', () => {
        const tree = h('svg', {}, [
            h('g', { transform: 'translate(80 0)' }, [
                h('rect', { x: 10, width: 5, height: 5 }),
                h('rect', { x: 30, width: 5, height: 5 }),
                h('g', { transform: 'translate(25 4)' }, [h('circle', { r: 2 })]),
                h('text', { x: 40, 'text-anchor': 'end' }, ['ends here'])
            ]),
            h('g', { transform: 'translate(101 0)' }, [h('rect', { width: 5, height: 5 })]),
            h('title', {}, ['tooltip'])
        ]);
        assert.equal(toMarkup(crop(tree, 0, 100)),
            '<svg><g transform="translate(80 0)"><rect x="10" width="5" height="5"/><text x="40" text-anchor="end">ends here</text></g></svg>');
    });
});
