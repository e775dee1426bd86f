import * as assert from 'node:assert/strict';
import { charEm, type FontSpec } from '../../../src/render/text/font-metrics.js';
import { textWidth, wrapText } from '../../../src/render/text/text-layout.js';

const font = (size: number): FontSpec => ({ size, face: 'regular' });

describe('text layout', () => {
    it('keeps short text on one line', () => {
        assert.deepEqual(wrapText('Checkout', 200, font(14)), { lines: ['Checkout'], cut: false });
    });

    it('wraps at spaces within the width', () => {
        const wrapped = wrapText('Shipping cost appears only at the last step of the checkout', 120, font(12));
        assert.ok(wrapped.lines.length > 1);
        assert.equal(wrapped.cut, false);
        assert.equal(wrapped.lines.join(' '), 'Shipping cost appears only at the last step of the checkout');
        for (const line of wrapped.lines) {
            assert.ok(textWidth(line, font(12)) <= 120, line);
        }
    });

    it('cuts what does not fit in the lines allowed, with an ellipsis', () => {
        const wrapped = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, font(12), 2);
        assert.equal(wrapped.lines.length, 2);
        assert.equal(wrapped.cut, true);
        assert.ok(wrapped.lines[1].endsWith('…'));
        assert.ok(textWidth(wrapped.lines[1], font(12)) <= 60);
    });

    it('splits a word longer than a line', () => {
        const wrapped = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', 80, font(12));
        assert.ok(wrapped.lines.length > 1);
        assert.equal(wrapped.lines.join(''), 'Donaudampfschifffahrtsgesellschaftskapitän');
    });

    it('collapses whitespace and newlines', () => {
        assert.deepEqual(wrapText('  a\n\tb   c ', 500, font(12)).lines, ['a b c']);
    });

    it('measures wide scripts wider than Latin', () => {
        assert.ok(textWidth('旅程地图', font(12)) > textWidth('abcd', font(12)));
    });

    it('handles an enormous word quickly and cut', () => {
        const wrapped = wrapText('x'.repeat(200000), 100, font(12), 3);
        assert.equal(wrapped.lines.length, 3);
        assert.equal(wrapped.cut, true);
    });
});

describe('text metrics of the map font', () => {
    it('measures with Inter\'s own advance widths: W is wider than i, semibold wider than regular', () => {
        assert.ok(charEm('W'.codePointAt(0)!, 'regular') > 2 * charEm('i'.codePointAt(0)!, 'regular'));
        assert.ok(textWidth('Marknadsavdelningen', { size: 11, face: 'semibold' }) > textWidth('Marknadsavdelningen', { size: 11, face: 'regular' }));
    });

    it('adds letter spacing once per character, surrogate pairs counted once', () => {
        const plain = textWidth('ab😀', { size: 10, face: 'regular' });
        assert.ok(Math.abs(textWidth('ab😀', { size: 10, face: 'regular', letterSpacing: 0.1 }) - plain - 3) < 1e-9);
    });
});
