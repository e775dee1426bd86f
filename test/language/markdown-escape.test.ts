import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { escapeMarkdown, markdownLink } from '../../src/language/markdown-escape.js';

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

    it('keeps bare web addresses text, so no link swallows the closing quote or the escapes', () => {
        // GFM links `https://…` and `www.…` up to the next space: `“https://x.dk/a_b”` became a link to `…a%5C_b%E2%80%9D`.
        for (const text of ['https://bibliotek.example.dk/interviews', 'see www.example.com/a_b now', 'HTTP://A.DK/p?q=1&r=2#f', 'ftp://files.example.org']) {
            const html = marked.parseInline(`“${escapeMarkdown(text)}”`) as string;
            assert.doesNotMatch(html, /<a\b/, `${text} → ${html}`);
            assert.equal(html.replace(/&amp;/g, '&'), `“${text}”`, 'shown exactly as written');
        }
        assert.equal(escapeMarkdown('the www is wide'), 'the www is wide', 'only an address is touched');
    });

    it('makes a URL field a link that ends where the address ends, and anything else text', () => {
        for (const url of ['https://bibliotek.example.dk/interviews', 'https://a.dk/p?q=1&r=2#f_g', 'http://example.org/(x)']) {
            const html = marked.parseInline(`→ ${markdownLink(url)} | next`) as string;
            const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map(match => match[1].replace(/&amp;/g, '&'));
            assert.deepEqual(hrefs, [url], `${url} → ${html}`);
        }
        for (const text of ['javascript:alert(1)', 'see https://a.dk', 'https://a.dk/<b>', 'intranet/page']) {
            const html = marked.parseInline(markdownLink(text)) as string;
            assert.doesNotMatch(html, /<(a|b)\b/, `${text} → ${html}`);
        }
    });
});
