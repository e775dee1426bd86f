import { strict as assert } from 'node:assert';
import { JSDOM } from 'jsdom';
import { comparePage, ENGLISH_COMPARE_WORDS } from '../../../src/extension/review/compare-page.js';
import { markChanges } from '../../../src/extension/review/change-marks.js';
import { snapshotOf } from '../../../src/model/diff/journey-snapshot.js';
import { diffSnapshots } from '../../../src/model/diff/journey-diff.js';
import { buildViewModel } from '../../../src/model/build-view-model.js';
import { renderMap } from '../../../src/render/render-map.js';
import type { VElement } from '../../../src/render/vnode.js';
import { buildWorkspace } from '../../helpers.js';
import { SHOP } from '../../fixtures/diff-fixtures.js';

const DEFS = 'owner Sales "Sales team"\nowner Support "Support team"\npersona Buyer\nkpi Conversion { owner Sales target >= 3% current 2% }\nkpi Wait { owner Support target <= 5 current 7 }\n';
const HEAD = SHOP
    .replace('touchpoint Cart "Shopping cart" { channel web emotion -1 }', 'touchpoint Cart "Shopping cart <b>&</b>" { channel web emotion 1 }')
    .replace('        touchpoint Hotline "Phone hotline" { channel phone measures Wait }\n', '        touchpoint Chat "Live chat" { channel chat }\n')
    .replace('touchpoint Pay {', 'touchpoint Payment {')
    .replace('touchpoint Compare "Comparison" { channel web pain', 'touchpoint Compare "Comparison" { channel web emotion 2 pain');

async function compare() {
    const base = await buildWorkspace({ 'defs.journey': DEFS, 'shop.journey': SHOP });
    const head = await buildWorkspace({ 'defs.journey': DEFS, 'shop.journey': HEAD });
    const diff = diffSnapshots(snapshotOf([base.documents['shop.journey']]), snapshotOf([head.documents['shop.journey']]));
    return { diff, model: buildViewModel(head.documents['shop.journey']) };
}

function find(node: VElement, predicate: (element: VElement) => boolean, found: VElement[] = []): VElement[] {
    if (predicate(node)) {
        found.push(node);
    }
    for (const child of node.children) {
        if (typeof child !== 'string') {
            find(child, predicate, found);
        }
    }
    return found;
}

describe('compare view', () => {
    it('marks changed elements of the map by their id: class, badge and a tooltip of what changed', async () => {
        const { diff, model } = await compare();
        const marked = markChanges(renderMap(model).svg, diff);
        const changes = new Map(find(marked, e => e.attrs['data-change'] !== undefined).map(e => [e.attrs['data-id'], e]));
        assert.equal(changes.get('touchpoint:Shop.Buy.Cart')?.attrs['data-change'], 'modified');
        assert.equal(changes.get('touchpoint:Shop.Help.Chat')?.attrs['data-change'], 'added');
        assert.equal(changes.get('touchpoint:Shop.Buy.Payment')?.attrs['data-change'], 'renamed');
        const cart = changes.get('touchpoint:Shop.Buy.Cart')!;
        assert.match(cart.attrs.class, /\bjm-change jm-change-modified\b/);
        const title = cart.children[0] as VElement;
        assert.equal(title.tag, 'title');
        assert.deepEqual(title.children, ['changed: title: (none) → “Shopping cart <b>&</b>”; emotion: -1 → +1']
            .map(text => text.replace('(none)', '“Shopping cart”')));
        assert.ok(find(cart, e => e.attrs.class === 'jm-change-badge').length === 1);
        // Only the lanes of what changed: the cart's emotion point, not a pain note it does not have.
        const cartParts = find(marked, e => e.attrs['data-id'] === 'touchpoint:Shop.Buy.Cart');
        assert.ok(cartParts.some(e => /jm-point/.test(e.attrs.class) && /jm-change-modified/.test(e.attrs.class)));
        const pay = find(marked, e => e.attrs['data-id'] === 'touchpoint:Shop.Buy.Payment' && /jm-pain/.test(e.attrs.class));
        assert.ok(pay.length > 0 && pay.every(e => /jm-change-moved/.test(e.attrs.class)), 'a renamed element is marked everywhere');
        const compareParts = find(marked, e => e.attrs['data-id'] === 'touchpoint:Shop.Find.Compare');
        assert.ok(compareParts.some(e => /jm-card/.test(e.attrs.class) && /jm-change-modified/.test(e.attrs.class)));
        const comparePain = compareParts.filter(e => /jm-pain/.test(e.attrs.class));
        assert.ok(comparePain.length > 0 && comparePain.every(e => !/jm-change/.test(e.attrs.class)), 'its pains did not change');
        // Unchanged elements stay as they were.
        const search = find(marked, e => e.attrs['data-id'] === 'touchpoint:Shop.Find.Search');
        assert.ok(search.length > 0 && search.every(e => !/jm-change/.test(e.attrs.class)));
    });

    it('marks the second edition\'s properties where the map shows them: a persona\'s point, backstage and support, cited evidence, continues', async () => {
        const base = 'persona A\npersona B\nowner O\nevidence E "Survey"\n'
            + 'journey J { owner O persona A, B\n stage S {\n'
            + '  touchpoint T { emotion 1 for A emotion -1 for B pain "Slow" from E backstage "Pack" continues K }\n'
            + '  touchpoint U { emotion 0 pain "Dull" }\n } }\n'
            + 'journey K { owner O stage S2 { touchpoint V } stage S3 { touchpoint W } }\n';
        const head = base
            .replace('emotion 1 for A', 'emotion 2 for A')
            .replace('pain "Slow" from E backstage "Pack" continues K', 'pain "Slow" backstage "Pack" backstage "Ship" by O support "CRM" continues K.S3')
            .replace('pain "Dull"', 'pain "Dull" from E');
        const before = await buildWorkspace({ 'j.journey': base });
        const after = await buildWorkspace({ 'j.journey': head });
        const diff = diffSnapshots(snapshotOf([before.documents['j.journey']]), snapshotOf([after.documents['j.journey']]));
        const marked = markChanges(renderMap(buildViewModel(after.documents['j.journey'])).svg, diff);
        const isMarked = (e: VElement) => /jm-change-modified/.test(e.attrs.class);
        const parts = (id: string, className: string) => find(marked, e => e.attrs['data-id'] === id && new RegExp(`\\b${className}\\b`).test(e.attrs.class ?? ''));
        const T = 'touchpoint:J.S.T';
        const U = 'touchpoint:J.S.U';
        assert.deepEqual(parts(T, 'jm-persona-point').map(e => [e.attrs['data-persona'], isMarked(e)]), [['persona:A', true], ['persona:B', false]]);
        assert.deepEqual(parts(T, 'jm-backstage').map(isMarked), [true, true]);
        assert.deepEqual(parts(T, 'jm-support').map(isMarked), [true]);
        assert.deepEqual(parts(T, 'jm-pain').map(isMarked), [true], 'its evidence is no longer cited');
        assert.deepEqual(parts(U, 'jm-pain').map(isMarked), [true], 'it cites evidence now');
        assert.ok(parts(U, 'jm-persona-point').every(e => !isMarked(e)), 'U\'s emotions did not change');
        const card = parts(T, 'jm-card')[0];
        const tooltip = (card.children[0] as VElement).children[0] as string;
        assert.match(tooltip, /emotion for A: \+1 → \+2/);
        assert.match(tooltip, /continues: K → K\.S3/);
        assert.match(tooltip, /backstage: \+ "Ship" by O; support: \+ "CRM"/);
    });

    it('marks only the pain or opportunity whose cited evidence changed, not the others of its element', async () => {
        const base = 'owner O\nevidence E "Survey"\nevidence F "Interviews"\n'
            + 'journey J { owner O\n stage S { pain "Queue" from E pain "Noise"\n'
            + '  touchpoint T { pain "Slow" from E pain "Dull" pain "Late" from F opportunity "Faster" opportunity "Clearer" }\n } }\n';
        const head = base
            .replace('pain "Queue" from E pain "Noise"', 'pain "Queue" pain "Noise"')
            .replace('pain "Slow" from E pain "Dull" pain "Late" from F', 'pain "Slow" from E pain "Dull" from F pain "Late" from F')
            .replace('opportunity "Faster" opportunity "Clearer"', 'opportunity "Faster" opportunity "Clearer" from E');
        const before = await buildWorkspace({ 'j.journey': base });
        const after = await buildWorkspace({ 'j.journey': head });
        const diff = diffSnapshots(snapshotOf([before.documents['j.journey']]), snapshotOf([after.documents['j.journey']]));
        const model = buildViewModel(after.documents['j.journey']);
        const isMarked = (e: VElement) => /jm-change-modified/.test(e.attrs.class);
        const notes = (marked: VElement, id: string, className: string) =>
            find(marked, e => e.attrs['data-id'] === id && new RegExp(`\\b${className}\\b`).test(e.attrs.class ?? '')).map(isMarked);
        const marked = markChanges(renderMap(model).svg, diff, model);
        assert.deepEqual(notes(marked, 'stage:J.S', 'jm-pain'), [true, false], 'Queue no longer cites E; Noise did not change');
        assert.deepEqual(notes(marked, 'touchpoint:J.S.T', 'jm-pain'), [false, true, false], 'only Dull cites F now');
        assert.deepEqual(notes(marked, 'touchpoint:J.S.T', 'jm-opportunity'), [false, true], 'only Clearer cites E now');
        // The compare page passes the model.
        const page = comparePage({ model, diff, fileName: 'j.journey', baseName: 'HEAD', styleUri: 'https://res/preview.css', styleSource: 'https://res', scriptUri: 'https://res/compare.js', nonce: 'n' });
        const document = new JSDOM(page).window.document;
        const tNotes = Array.from(document.querySelectorAll('[data-id="touchpoint:J.S.T"].jm-pain')).map(e => e.classList.contains('jm-change-modified'));
        assert.deepEqual(tNotes, [false, true, false]);
        // Without the model (older callers), a citation change still marks every note of its kind.
        assert.deepEqual(notes(markChanges(renderMap(model).svg, diff), 'touchpoint:J.S.T', 'jm-pain'), [true, true, true]);
    });

    it('writes a page with one script of the bundle: legend, marked map, removed elements listed, zoom and change buttons, text escaped', async () => {
        const { diff, model } = await compare();
        const html = comparePage({
            model, diff, baseName: 'HEAD', fileName: 'shop.journey', styleUri: 'https://res/preview.css', styleSource: 'https://res',
            scriptUri: 'https://res/compare.js', nonce: 'n0nce'
        });
        const { document } = new JSDOM(html).window;
        const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
        assert.equal(policy, "default-src 'none'; script-src 'nonce-n0nce'; style-src https://res 'nonce-n0nce'; img-src https://res data:; font-src https://res");
        const scripts = Array.from(document.querySelectorAll('script'));
        assert.deepEqual(scripts.map(script => [script.getAttribute('src'), script.getAttribute('nonce'), script.textContent]), [['https://res/compare.js', 'n0nce', '']]);
        assert.equal(document.body.lastElementChild, scripts[0], 'the script comes after everything it works on');
        assert.deepEqual(Array.from(document.querySelectorAll('#toolbar button')).map(b => b.getAttribute('data-action')),
            ['previous-change', 'next-change', 'zoom-out', 'zoom-in', 'fit', 'actual-size']);
        assert.equal(document.querySelector('#toolbar button[data-action="next-change"]')?.hasAttribute('disabled'), false);
        assert.equal(document.querySelector('style')?.getAttribute('nonce'), 'n0nce');
        assert.equal(document.title, 'shop.journey: changes since HEAD');
        assert.deepEqual(Array.from(document.querySelectorAll('#legend .legend-item')).map(e => e.textContent),
            ['added', 'changed', 'moved or renamed', 'removed (listed below the map)']);
        assert.equal(document.querySelectorAll('#map svg [data-change="added"]').length > 0, true);
        const removed = Array.from(document.querySelectorAll('#changes li.removed')).map(e => e.textContent);
        assert.deepEqual(removed, ['touchpoint Shop.Help.Hotline “Phone hotline”: removed']);
        // Model text arrives as text: the title with markup in it is not an element.
        assert.equal(document.querySelectorAll('#map b').length, 0);
        assert.ok(Array.from(document.querySelectorAll('#changes li')).some(li => li.textContent?.includes('“Shopping cart <b>&</b>”')));
        assert.equal(document.querySelector('#summary')?.textContent, '1 touchpoint added, 1 touchpoint removed, 1 touchpoint renamed, 2 touchpoints changed');
    });

    it('writes its own words and the map\'s in the reader\'s language', async () => {
        const { diff, model } = await compare();
        const words = {
            ...ENGLISH_COMPARE_WORDS, changesSince: '{0}: ændringer siden {1}', legend: 'Signaturforklaring', added: 'tilføjet', removed: 'Fjernet',
            nextChange: 'Næste ændring (n)', position: '{0} af {1}', fit: 'Tilpas'
        };
        const html = comparePage({
            model, diff, baseName: 'HEAD', fileName: 'shop.journey', styleUri: 'x.css', styleSource: "'self'", scriptUri: 'compare.js', nonce: 'n', words, locale: 'da'
        });
        const { document } = new JSDOM(html).window;
        assert.equal(document.title, 'shop.journey: ændringer siden HEAD');
        assert.equal(document.documentElement.lang, 'da');
        assert.equal(document.querySelector('#legend')?.getAttribute('aria-label'), 'Signaturforklaring');
        assert.equal(document.querySelector('#legend .legend-item')?.textContent, 'tilføjet');
        assert.equal(document.querySelector('#changes h2')?.textContent, 'Fjernet');
        assert.equal(document.querySelector('button[data-action="next-change"]')?.getAttribute('aria-label'), 'Næste ændring (n)');
        assert.equal(document.querySelector('button[data-action="fit"]')?.textContent, 'Tilpas');
        assert.equal(document.querySelector('#change-position')?.getAttribute('data-format'), '{0} af {1}');
        const lanes = Array.from(document.querySelectorAll('#map .jm-lane')).map(lane => lane.getAttribute('aria-label'));
        assert.equal(lanes[0], 'Fase', 'the map\'s own words are Danish too');
        // What changed names the map's elements, so it is said in the map's language too.
        assert.equal(document.querySelector('#summary')?.textContent, '1 kontaktpunkt tilføjet, 1 kontaktpunkt fjernet, 1 kontaktpunkt omdøbt, 2 kontaktpunkter ændret');
        const items = Array.from(document.querySelectorAll('#changes li')).map(li => li.textContent ?? '');
        assert.ok(items.includes('kontaktpunkt Shop.Help.Hotline “Phone hotline”: fjernet'), items.join('\n'));
        assert.ok(items.some(text => text === 'kontaktpunkt Shop.Buy.Payment: omdøbt (fra Shop.Buy.Pay)'), items.join('\n'));
        const tooltips = Array.from(document.querySelectorAll('#map [data-change] > title')).map(title => title.textContent ?? '');
        // The properties too: the same words as journey diff --locale da.
        assert.ok(tooltips.some(text => text.startsWith('ændret: følelse: ')), tooltips.join('\n'));
        assert.ok(tooltips.some(text => text.includes('titel: “Shopping cart” → ')), tooltips.join('\n'));
        assert.ok(!tooltips.some(text => /\b(changed|added|renamed|from|emotion|title)\b/.test(text)), `no English left: ${tooltips.join('\n')}`);
    });

    it('says what changed in Swedish without bending a participle to the noun: nouns for one change, the perfect for counts', async () => {
        const { diff, model } = await compare();
        const html = comparePage({
            model, diff, baseName: 'HEAD', fileName: 'shop.journey', styleUri: 'x.css', styleSource: "'self'", scriptUri: 'compare.js', nonce: 'n', locale: 'sv'
        });
        const { document } = new JSDOM(html).window;
        assert.equal(document.querySelector('#summary')?.textContent,
            '1 kontaktpunkt har lagts till, 1 kontaktpunkt har tagits bort, 1 kontaktpunkt har bytt namn, 2 kontaktpunkter har ändrats');
        const items = Array.from(document.querySelectorAll('#changes li')).map(li => li.textContent ?? '');
        assert.ok(items.some(text => text === 'kontaktpunkt Shop.Buy.Payment: namnbyte (från Shop.Buy.Pay)'), items.join('\n'));
    });

    it('says when nothing changed', async () => {
        const { documents } = await buildWorkspace({ 'defs.journey': DEFS, 'shop.journey': SHOP });
        const snapshot = snapshotOf([documents['shop.journey']]);
        const html = comparePage({
            model: buildViewModel(documents['shop.journey']), diff: diffSnapshots(snapshot, snapshot),
            baseName: 'HEAD', fileName: 'shop.journey', styleUri: 'x.css', styleSource: "'self'", scriptUri: 'compare.js', nonce: 'n'
        });
        const { document } = new JSDOM(html).window;
        assert.equal(document.querySelector('#summary')?.textContent, 'No changes since HEAD.');
        assert.equal(document.querySelectorAll('[data-change]').length, 0);
        assert.equal(document.querySelector('#toolbar button[data-action="next-change"]')?.hasAttribute('disabled'), true, 'no change to step to');
    });
});
