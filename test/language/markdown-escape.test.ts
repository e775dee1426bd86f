import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { escapeMarkdown } from '../../src/language/markdown-escape.js';

describe('escapeMarkdown', () => {
    it('escapes Markdown punctuation, line starts and line breaks in one function', () => {
        assert.equal(escapeMarkdown('a_b*c|d'), 'a\\_b\\*c\\|d');
        assert.equal(escapeMarkdown('1. first'), '1\\. first');
        assert.equal(escapeMarkdown('+ plus'), '\\+ plus');
        assert.equal(escapeMarkdown('two\nlines'), 'two lines');
        assert.equal(escapeMarkdown('@team $x$'), '\\@team \\$x\\$');
    });

    it('keeps links, images, emphasis, code and HTML as plain text when rendered', () => {
        for (const text of ['[x](javascript:alert(1))', '![i](data:x)', '**bold**', '`code`', '<b>tag</b>', '# heading', '- item']) {
            const html = marked.parseInline(escapeMarkdown(text)) as string;
            assert.doesNotMatch(html, /<(a|img|strong|em|code|b|h1|li)\b/, `${text} → ${html}`);
        }
    });
});
