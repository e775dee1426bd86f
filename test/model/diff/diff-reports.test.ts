import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { diffAsMarkdown, MARKDOWN_HEADING } from '../../../src/model/diff/diff-markdown-report.js';
import { diffAsText } from '../../../src/model/diff/diff-text-report.js';
import { diffTexts, SHOP } from '../../fixtures/diff-fixtures.js';

const HEAD = SHOP
    .replace('touchpoint Cart "Shopping cart" { channel web emotion -1 }', 'touchpoint Cart "Shopping cart" { channel web emotion 1 pain "Coupon | field @team <img src=x> *bold* $x$" }')
    .replace('    stage Help', '    stage Ship "Shipping" { touchpoint Parcel }\n    stage Help')
    .replace('touchpoint Pay {', 'touchpoint Payment {');

/** The cells of each body row of every table in the rendered Markdown, as text. */
function tableCells(markdown: string): string[][] {
    const html = marked.parse(markdown, { async: false });
    return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
        .map(row => [...row[1].matchAll(/<td>([\s\S]*?)<\/td>/g)].map(cell => cell[1]))
        .filter(cells => cells.length > 0);
}

describe('diff reports', () => {
    it('writes text with a block per journey, property lines and a summary of counts', async () => {
        const text = diffAsText(await diffTexts(SHOP, HEAD));
        const lines = text.split('\n');
        assert.equal(lines[0], 'journey Shop');
        assert.match(text, /^ {2}changed +touchpoint Buy\.Cart "Shopping cart" {2}main\.journey:12$/m);
        assert.match(text, /^ +emotion: -1 → \+1$/m);
        assert.match(text, /^ +pains: \+ "Coupon \| field @team <img src=x> \*bold\* \$x\$"$/m);
        assert.match(text, /^ {2}renamed +touchpoint Buy\.Payment \(from Buy\.Pay, same content\)/m);
        assert.match(text, /^ {2}added +stage Ship "Shipping" \(1 touchpoint\)/m);
        assert.equal(lines[lines.length - 1], '3 changes: 1 stage added, 1 touchpoint renamed, 1 touchpoint changed');
    });

    it('says so when nothing changed', async () => {
        const result = await diffTexts(SHOP, SHOP);
        assert.equal(diffAsText(result), 'No changes.');
        assert.equal(diffAsMarkdown(result), `${MARKDOWN_HEADING}\n\nNo changes to the journeys.\n`);
    });

    it('writes a pull-request comment: heading, summary line, one table row per change', async () => {
        const markdown = diffAsMarkdown(await diffTexts(SHOP, HEAD));
        const lines = markdown.split('\n');
        assert.equal(lines[0], MARKDOWN_HEADING);
        assert.equal(lines[2], '**1 stage added · 1 touchpoint renamed · 1 touchpoint changed**');
        assert.ok(lines.includes('#### Journey Shop'));
        const rows = tableCells(markdown);
        assert.equal(rows.length, 3);
        assert.ok(rows.every(cells => cells.length === 4), JSON.stringify(rows));
    });

    it('shows emotions with faces as before → after', async () => {
        const rows = tableCells(diffAsMarkdown(await diffTexts(SHOP, HEAD)));
        const cart = rows.find(cells => cells[1].includes('Buy.Cart'))!;
        assert.match(cart[2], /emotion: 🙁 -1 → 🙂 \+1/);
    });

    it('keeps model text as text: no markup, no extra cells, no mention or math', async () => {
        const markdown = diffAsMarkdown(await diffTexts(SHOP, HEAD));
        const cart = tableCells(markdown).find(cells => cells[1].includes('Buy.Cart'))!;
        // Rendered back, the pain reads exactly as written (HTML-escaped by the renderer, never a tag).
        assert.match(cart[2], /pains: \+ “Coupon \| field @team &lt;img src=x&gt; \*bold\* \$x\$”/);
        assert.doesNotMatch(markdown, /[^\\]@team/);
        assert.doesNotMatch(markdown, /[^\\]\$x/);
    });
});
