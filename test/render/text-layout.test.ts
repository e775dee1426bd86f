import * as assert from 'node:assert/strict';
import { textWidth, wrapText } from '../../src/render/text-layout.js';

describe('text layout', () => {
    it('keeps short text on one line', () => {
        assert.deepEqual(wrapText('Checkout', 200, 14), { lines: ['Checkout'], cut: false });
    });

    it('wraps at spaces within the width', () => {
        const wrapped = wrapText('Shipping cost appears only at the last step of the checkout', 120, 12);
        assert.ok(wrapped.lines.length > 1);
        assert.equal(wrapped.cut, false);
        assert.equal(wrapped.lines.join(' '), 'Shipping cost appears only at the last step of the checkout');
        for (const line of wrapped.lines) {
            assert.ok(textWidth(line, 12) <= 120, line);
        }
    });

    it('cuts what does not fit in the lines allowed, with an ellipsis', () => {
        const wrapped = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12, 2);
        assert.equal(wrapped.lines.length, 2);
        assert.equal(wrapped.cut, true);
        assert.ok(wrapped.lines[1].endsWith('…'));
        assert.ok(textWidth(wrapped.lines[1], 12) <= 60);
    });

    it('splits a word longer than a line', () => {
        const wrapped = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', 80, 12);
        assert.ok(wrapped.lines.length > 1);
        assert.equal(wrapped.lines.join(''), 'Donaudampfschifffahrtsgesellschaftskapitän');
    });

    it('collapses whitespace and newlines', () => {
        assert.deepEqual(wrapText('  a\n\tb   c ', 500, 12).lines, ['a b c']);
    });

    it('measures wide scripts wider than Latin', () => {
        assert.ok(textWidth('旅程地图', 12) > textWidth('abcd', 12));
    });

    it('handles an enormous word quickly and cut', () => {
        const wrapped = wrapText('x'.repeat(200000), 100, 12, 3);
        assert.equal(wrapped.lines.length, 3);
        assert.equal(wrapped.cut, true);
    });
});
