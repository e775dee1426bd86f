import * as assert from 'node:assert/strict';
import { charEm, type FontSpec } from '../../../src/render/text/font-metrics.js';
import { countLines, textWidth, wrapText } from '../../../src/render/text/text-layout.js';

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

/**
 * Wrapping as written before it read words as it measured them: the words from `split(/\s+/)`, each measured whole.
 * The layout must stay exactly this (the site, PNG and PDF place text by it).
 */
function wrapBySplit(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): { lines: string[]; cut: boolean } {
    const em = (s: string) => textWidth(s, { ...font, size: 1 });
    const words = text.split(/\s+/).filter(word => word.length > 0);
    const spaceEm = charEm(32, font.face) + (font.letterSpacing ?? 0);
    const maxEm = maxWidth / font.size;
    const lines: string[] = [];
    let line = '';
    let lineEm = 0;
    for (let i = 0; i < words.length && lines.length <= maxLines; i++) {
        const word = words[i];
        const width = em(word);
        if (line && lineEm + spaceEm + width <= maxEm) {
            line += ' ' + word;
            lineEm += spaceEm + width;
            continue;
        }
        if (line) {
            lines.push(line);
            line = '';
        }
        if (width <= maxEm) {
            line = word;
            lineEm = width;
            continue;
        }
        // A word too wide for a line: compared only where none is (the splitting is the same code either way).
        throw new Error('too wide');
    }
    if (line) {
        lines.push(line);
    }
    return lines.length <= maxLines ? { lines, cut: false } : { lines: lines.slice(0, maxLines), cut: true };
}

describe('text layout, word by word', () => {
    it('wraps exactly as splitting at white space and measuring each word does, over random texts of every kind of space and character', () => {
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', ' \r\n '];
        const letters = ['a', 'W', 'i', 'é', 'ß', 'Ω', 'ж', '漢', '😀', '\udc00', '\ud800', '—', '.', '1', 'Æ'];
        const fonts: FontSpec[] = [{ size: 13, face: 'regular' }, { size: 11, face: 'semibold', letterSpacing: 0.02 }, { size: 16, face: 'semibold' }];
        let compared = 0;
        for (let n = 0; n < 3000; n++) {
            let text = random() < 0.3 ? spaces[Math.floor(random() * spaces.length)] : '';
            const words = 1 + Math.floor(random() * 12);
            for (let w = 0; w < words; w++) {
                const length = 1 + Math.floor(random() * 9);
                for (let c = 0; c < length; c++) text += letters[Math.floor(random() * letters.length)];
                text += spaces[Math.floor(random() * spaces.length)];
            }
            const font = fonts[n % fonts.length];
            const width = 60 + random() * 200;
            const maxLines = random() < 0.5 ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 3);
            let expected: { lines: string[]; cut: boolean };
            try {
                expected = wrapBySplit(text, width, font, maxLines);
            } catch {
                continue;
            }
            const actual = wrapText(text, width, font, maxLines);
            // The cut line ends with an ellipsis (made the same way in both): compare the lines before it, and the cut.
            assert.equal(actual.cut, expected.cut, JSON.stringify(text));
            assert.deepEqual(actual.cut ? actual.lines.slice(0, -1) : actual.lines, expected.cut ? expected.lines.slice(0, -1) : expected.lines, JSON.stringify(text));
            compared++;
        }
        assert.ok(compared > 2000, String(compared));
    });
});

describe('counting lines without making them', () => {
    it('counts the lines wrapText makes, over random texts with every kind of space, words too long for a line and cut texts', () => {
        let seed = 11;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', ' \r\n '];
        const letters = ['a', 'W', 'i', 'é', 'ж', '漢', '😀', '\udc00', '\ud800', '—', '1'];
        const fonts: FontSpec[] = [{ size: 13, face: 'regular' }, { size: 11, face: 'semibold', letterSpacing: 0.02 }, { size: 22, face: 'semibold' }];
        const counts = new Set<number>();
        for (let n = 0; n < 3000; n++) {
            let text = random() < 0.2 ? spaces[Math.floor(random() * spaces.length)] : '';
            const words = Math.floor(random() * 14);
            for (let w = 0; w < words; w++) {
                // Now and then a word longer than any line, which is split inside.
                const length = random() < 0.1 ? 20 + Math.floor(random() * 40) : 1 + Math.floor(random() * 9);
                for (let c = 0; c < length; c++) text += letters[Math.floor(random() * letters.length)];
                text += spaces[Math.floor(random() * spaces.length)];
            }
            const font = fonts[n % fonts.length];
            const width = 40 + random() * 200;
            const maxLines = random() < 0.4 ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 5);
            const count = countLines(text, width, font, maxLines);
            assert.equal(count, wrapText(text, width, font, maxLines).lines.length, `${JSON.stringify(text)} in ${width} px, ${maxLines} lines`);
            counts.add(count);
        }
        // Empty texts, single lines, many lines and cut ones all came up.
        assert.ok([0, 1, 2, 3, 5].every(count => counts.has(count)), [...counts].join(' '));
    });

    it('counts no more lines than allowed, and none for a text of white space only', () => {
        assert.equal(countLines('one two three four five six seven eight nine ten', 40, font(12), 2), 2);
        assert.equal(countLines(' \t\n ', 100, font(12)), 0);
        assert.equal(countLines('x'.repeat(200000), 100, font(12), 3), 3);
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
