import * as assert from 'node:assert/strict';
import { escapeMarkup } from '../../src/render/escape.js';
import { h, toMarkup } from '../../src/render/vnode.js';

describe('markup escaping', () => {
    it('escapes the five markup characters', () => {
        assert.equal(escapeMarkup(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('leaves ordinary text as it is', () => {
        const text = 'Kjøp og betaling – 3.5% ≥ 2';
        assert.equal(escapeMarkup(text), text);
    });

    it('replaces characters XML does not allow', () => {
        assert.equal(escapeMarkup('a\u0000b\u0008c\tok'), 'a\uFFFDb\uFFFDc\tok');
    });

    it('escapes text and attribute values when serialising a tree', () => {
        const markup = toMarkup(h('text', { 'aria-label': '"><script>alert(1)</script>' }, ['</text><script>alert(2)</script>']));
        assert.equal(markup, '<text aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt;</text>');
    });

    it('refuses element and attribute names that are not plain names', () => {
        assert.throws(() => toMarkup(h('svg onload=alert(1)')), /invalid element name/);
        assert.throws(() => toMarkup(h('g', { 'x onload': 'y' })), /invalid attribute name/);
    });
});
