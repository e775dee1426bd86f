import * as assert from 'node:assert/strict';
import { PERSONA_COLOURS } from '../../src/render/persona-styles.js';
import { renderMap } from '../../src/render/render-map.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';
import { elements, tooltips, visibleText } from '../fixtures/vnode-tree.js';

const classes = (element: { attrs: Record<string, string> }) => (element.attrs.class ?? '').split(' ');

describe('map: a curve per persona', () => {
    it('wraps a legend wider than the lane to more rows, and moves the curves down under it', async () => {
        const names = ['Kari Nordmann, 41, handler mest på mobil', 'Mette, 22, læser til sygeplejerske', 'Åsa Öberg, 67, pensionär', 'Ole', 'Jens, 35, pendler hver dag'];
        const source = (count: number) => `${names.slice(0, count).map((name, i) => `persona P${i} "${name}"`).join('\n')}
journey J { persona ${names.slice(0, count).map((_, i) => `P${i}`).join(', ')}
    stage S { touchpoint T { ${names.slice(0, count).map((_, i) => `emotion 1 for P${i}`).join(' ')} } touchpoint U { emotion 0 } } }`;
        const laneOf = async (count: number) => {
            const { svg } = renderMap(await modelOf(source(count)));
            const lane = [...elements(svg)].find(e => e.key === 'emotion' && classes(e).includes('jm-lane'))!;
            const rows = new Set([...elements(lane)].filter(e => classes(e).includes('jm-legend-line')).map(e => e.attrs.y1));
            const point = [...elements(lane)].find(e => classes(e).includes('jm-persona-point'))!;
            const band = [...elements(lane)].find(e => classes(e).includes('jm-lane-band'))!;
            return { rows: rows.size, pointY: Number(/translate\([-\d.]+ ([-\d.]+)\)/.exec(point.attrs.transform)![1]), height: Number(band.attrs.height) };
        };
        const one = await laneOf(1);
        const all = await laneOf(names.length);
        assert.equal(one.rows, 1);
        assert.ok(all.rows > 1, `${all.rows} rows`);
        assert.equal(all.height - one.height, (all.rows - 1) * 22, 'the lane grows by the extra rows');
        assert.equal(all.pointY - one.pointY, (all.rows - 1) * 22, 'the curves start under the legend');
    });

    it('draws one curve per persona, with a legend, once the journey has any emotion for a persona', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { svg } = renderMap(model);
        const journey = [...elements(svg)].find(e => e.key === model.journeys[0].id)!;
        const curves = [...elements(journey)].filter(e => classes(e).includes('jm-persona-curve'));
        assert.deepEqual(curves.map(c => [c.attrs['data-persona'], classes(c)[1]]),
            [['persona:Studerende', 'jm-persona-1'], ['persona:Pensionist', 'jm-persona-2']]);
        assert.equal([...elements(journey)].filter(e => classes(e).includes('jm-curve')).length, 0, 'no common curve');
        const legend = [...elements(journey)].find(e => classes(e).includes('jm-legend'))!;
        assert.match(visibleText(legend), /Mette, 22.*Ole, 71/);
        assert.match(legend.attrs['aria-label'], /Mette, 22, læser til sygeplejerske: circle, Ole, 71, læser krimier: square/);
        const points = [...elements(journey)].filter(e => classes(e).includes('jm-persona-point'));
        // Mette passes Hjemmeside and App; Ole passes Hjemmeside and Skranke.
        assert.deepEqual(points.map(p => `${p.attrs['data-persona']} ${p.attrs['data-id']}`), [
            'persona:Studerende touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'persona:Studerende touchpoint:Indmeldelse.Oprettelse.App',
            'persona:Pensionist touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'persona:Pensionist touchpoint:Indmeldelse.Opdagelse.Skranke'
        ]);
        assert.ok(tooltips(journey).includes('Ole, 71, læser krimier at Bibliotekets hjemmeside: emotion -1 (negative)'));
        // Different mark shapes, not only colours.
        const marks = new Set(points.map(p => p.children.find(c => typeof c !== 'string' && c.tag === 'path') as { attrs: Record<string, string> }).map(p => p.attrs.d));
        assert.equal(marks.size, 2);
    });

    it('draws the common curve as before when nobody has an emotion of their own', async () => {
        const { 'webshop.journey': model } = await exampleModels();
        const all = [...elements(renderMap(model).svg)];
        assert.ok(all.some(e => classes(e).includes('jm-curve')));
        assert.ok(!all.some(e => classes(e).includes('jm-persona-curve') || classes(e).includes('jm-legend')));
    });

    it('shows what a persona inherits hollow: the touchpoint\'s emotion, then its own on the stage', async () => {
        const model = await modelOf('persona A\npersona B\njourney J { persona A, B\n stage S { emotion -1 for B\n touchpoint T { emotion 2 for A }\n touchpoint U } }');
        const points = [...elements(renderMap(model).svg)].filter(e => classes(e).includes('jm-persona-point'));
        assert.deepEqual(points.map(p => [p.attrs['data-persona'], classes(p).includes('jm-inherited')]),
            [['persona:A', false], ['persona:B', true], ['persona:B', true]]);
    });

    it('under a lens, keeps only the touchpoints that persona passes and its curve, in its own colour and mark', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { svg } = renderMap(model, { persona: 'persona:Pensionist' });
        const journey = [...elements(svg)].find(e => e.key === model.journeys[0].id)!;
        const cards = [...elements(journey)].filter(e => classes(e).includes('jm-card')).map(e => e.attrs['data-id']);
        assert.deepEqual(cards, ['touchpoint:Indmeldelse.Opdagelse.Hjemmeside', 'touchpoint:Indmeldelse.Opdagelse.Skranke']);
        const curves = [...elements(journey)].filter(e => classes(e).includes('jm-persona-curve'));
        assert.deepEqual(curves.map(c => classes(c)[1]), ['jm-persona-2']);
    });

    it('gives every persona slot a colour in each scheme that stands out from its background (3:1)', () => {
        const backgrounds = { light: '#ffffff', dark: '#0d1117', highContrastDark: '#000000', highContrastLight: '#ffffff' };
        for (const [scheme, colours] of Object.entries(PERSONA_COLOURS)) {
            assert.equal(new Set(colours).size, 5);
            for (const colour of colours) {
                const ratio = contrast(colour, backgrounds[scheme as keyof typeof backgrounds]);
                assert.ok(ratio >= 3, `${scheme} ${colour}: ${ratio.toFixed(2)}`);
            }
        }
    });
});

function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
}
