import { strict as assert } from 'node:assert';
import { EmptyFileSystem, isReference, type AstNode } from 'langium';
import { expectFormatting, parseHelper } from 'langium/test';
import type { JourneyFile } from '../../../src/language/generated/ast.js';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { exampleFiles } from '../../helpers.js';
import { applyEdits } from '../../fixtures/lsp-fixtures.js';

const { Journey } = createJourneyServices(EmptyFileSystem);
const formatter = Journey.lsp.Formatter;
const parse = parseHelper<JourneyFile>(Journey);

interface Token { image: string; type: string; offset: number; end: number }

function tokens(text: string): Token[] {
    const result = Journey.parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])]
        .map(t => ({ image: t.image, type: t.tokenType.name, offset: t.startOffset, end: t.startOffset + t.image.length }))
        .sort((a, b) => a.offset - b.offset);
}

const isComment = (t: Token) => t.type === 'SL_COMMENT' || t.type === 'ML_COMMENT';

/** The AST as JSON without positions, CST or resolved targets: what the text means. */
async function meaning(text: string): Promise<string> {
    const result = Journey.parser.LangiumParser.parse<JourneyFile>(text);
    assert.deepEqual(result.lexerErrors.map(e => e.message), [], 'the text lexes');
    assert.deepEqual(result.parserErrors.map(e => e.message), [], 'the text parses');
    return JSON.stringify(plain(result.value));
}

function plain(value: unknown): unknown {
    if (isReference(value)) return { ref: value.$refText };
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value as AstNode)
        .filter(([key]) => key === '$type' || !key.startsWith('$'))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, plain(inner)]));
}

function format(text: string): string {
    const formatted = formatter.formatText(text);
    assert.ok(formatted !== undefined, 'the text has no syntax errors');
    return formatted;
}

/** A small deterministic PRNG, so a failing variant can be reproduced. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

const GLUE = new Set(['{', '}', ',', '.', '%', '-', 'STRING', '>=', '<=', '>', '<', '=']);

/** The same tokens with the whitespace between them (not next to comments) changed at random. */
function reflow(text: string, next: () => number): string {
    const list = tokens(text);
    let out = '';
    for (let i = 0; i < list.length; i++) {
        const previous = list[i - 1];
        const gap = text.slice(previous ? previous.end : 0, list[i].offset);
        if (!previous || isComment(previous) || isComment(list[i])) {
            out += gap;
        } else {
            const canTouch = GLUE.has(previous.type) || GLUE.has(list[i].type);
            const choices = [' ', '\n', '\n\n\n', ' \t ', '\n            ', ...(canTouch ? [''] : [])];
            out += choices[Math.floor(next() * choices.length)];
        }
        out += list[i].image;
    }
    return out + '\n';
}

/** Comments dropped into random gaps: own-line, trailing and inline ones. */
function sprinkleComments(text: string, next: () => number): string {
    const list = tokens(text);
    let out = '';
    let n = 0;
    for (let i = 0; i < list.length; i++) {
        const previous = list[i - 1];
        out += text.slice(previous ? previous.end : 0, list[i].offset);
        if (next() < 0.08) {
            const kind = Math.floor(next() * 3);
            out += kind === 0 ? `// note ${n++}\n` : kind === 1 ? `/* inline ${n++} */ ` : `/* block ${n++}\n   second line */\n`;
        }
        out += list[i].image;
        if (next() < 0.05) {
            out += ` // trailing ${n++}\n`;
        }
    }
    return out + text.slice(list.length ? list[list.length - 1].end : 0);
}

const comments = (text: string) => tokens(text).filter(isComment).map(t => t.image);

describe('formatter', () => {
    it('lays a journey out canonically: 4-space indent, one property per line, blank lines between stages and definitions', async () => {
        await expectFormatting(Journey)({
            before: 'owner A owner B owner C { contact "c@x" } kpi K { owner A target >= 50% current 40% }\n' +
                'journey J "T" { owner A persona P1, P2 stage S1 { emotion -1 touchpoint T1 { channel web next S2.T2 } touchpoint T2 } stage S2 { touchpoint T2 { measures K, K } } }',
            after: [
                'owner A',
                'owner B',
                '',
                'owner C {',
                '    contact "c@x"',
                '}',
                '',
                'kpi K {',
                '    owner A',
                '    target >= 50%',
                '    current 40%',
                '}',
                '',
                'journey J "T" {',
                '    owner A',
                '    persona P1, P2',
                '',
                '    stage S1 {',
                '        emotion -1',
                '',
                '        touchpoint T1 {',
                '            channel web',
                '            next S2.T2',
                '        }',
                '        touchpoint T2',
                '    }',
                '',
                '    stage S2 {',
                '        touchpoint T2 {',
                '            measures K, K',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n'),
            disposeAfterCheck: true
        });
    });

    it('lays out the second edition: one property per line, for/from/by/continues paths kept on their line', async () => {
        await expectFormatting(Journey)({
            before: 'evidence E "Survey" { source "s" date "2026-10" url "u" sample 12 } evidence F\n' +
                'journey J { persona P stage S { persona P emotion +1 for P touchpoint T { emotion -2 emotion -1 for P pain "x" from E , F ' +
                'opportunity "y" from F backstage "b" by O support "s" continues K . S2 } } }',
            after: [
                'evidence E "Survey" {',
                '    source "s"',
                '    date "2026-10"',
                '    url "u"',
                '    sample 12',
                '}',
                '',
                'evidence F',
                '',
                'journey J {',
                '    persona P',
                '',
                '    stage S {',
                '        persona P',
                '        emotion +1 for P',
                '',
                '        touchpoint T {',
                '            emotion -2',
                '            emotion -1 for P',
                '            pain "x" from E, F',
                '            opportunity "y" from F',
                '            backstage "b" by O',
                '            support "s"',
                '            continues K.S2',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n'),
            disposeAfterCheck: true
        });
    });

    it('keeps every comment where it was: own line, trailing, inline and before a closing brace', () => {
        const before = '// header\n\njourney J { // trailing\n  /* own line */ stage S {\n touchpoint T { channel /* inline */ web }\n // last in stage\n }\n}';
        assert.equal(format(before), [
            '// header',
            '',
            'journey J { // trailing',
            '    /* own line */',
            '    stage S {',
            '        touchpoint T {',
            '            channel /* inline */ web',
            '        }',
            '        // last in stage',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    it('never lets a line comment swallow the next token', async () => {
        const before = 'journey J { stage S { touchpoint T { measures // why\n K } } }\nkpi K { }';
        const after = format(before);
        assert.equal(await meaning(after), await meaning(before));
        assert.match(after, /measures \/\/ why\n\s+K/);
    });

    for (const example of exampleFiles()) {
        it(`formats ${example.name} without changing its meaning or comments, idempotently`, async () => {
            const formatted = format(example.text);
            assert.equal(await meaning(formatted), await meaning(example.text));
            assert.deepEqual(comments(formatted), comments(example.text));
            assert.equal(format(formatted), formatted);
        });

        it(`gives every reflowed variant of ${example.name} the same canonical layout`, async () => {
            const canonical = format(example.text);
            const next = random(example.name.length * 7919);
            for (let i = 0; i < 40; i++) {
                const variant = reflow(example.text, next);
                assert.equal(await meaning(variant), await meaning(example.text), `variant ${i} is a faithful mutation`);
                assert.equal(format(variant), canonical, `variant ${i}:\n${variant}`);
            }
        });

        it(`keeps the meaning and every inserted comment of mutated ${example.name} variants, idempotently`, async () => {
            const next = random(example.name.length * 104729);
            for (let i = 0; i < 40; i++) {
                const variant = sprinkleComments(reflow(example.text, next), next);
                const formatted = format(variant);
                assert.equal(await meaning(formatted), await meaning(variant), `variant ${i}:\n${variant}`);
                assert.deepEqual(comments(formatted), comments(variant), `variant ${i}`);
                assert.equal(format(formatted), formatted, `variant ${i} formats again to the same text:\n${variant}`);
            }
        });
    }

    it('formats through the LSP request into edits that produce the canonical text', async () => {
        const text = 'journey J {\nstage S {\ntouchpoint T\n}\n}';
        const document = await parse(text);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        assert.equal(applyEdits(text, edits), 'journey J {\n    stage S {\n        touchpoint T\n    }\n}\n');
    });

    it('formats only the selected range', async () => {
        const text = 'journey J {\nstage A {\ntouchpoint T\n}\nstage B {\ntouchpoint U\n}\n}\n';
        const document = await parse(text);
        const edits = formatter.formatEdits(document, { start: { line: 4, character: 0 }, end: { line: 6, character: 1 } });
        assert.equal(applyEdits(text, edits), 'journey J {\nstage A {\ntouchpoint T\n}\n\n    stage B {\n        touchpoint U\n    }\n}\n');
    });

    it('leaves a document with syntax errors alone', async () => {
        const text = 'journey J { stage S { touchpoint T { channel webb } }';
        const document = await parse(text);
        assert.deepEqual(formatter.formatEdits(document), []);
        assert.equal(formatter.formatText(text), undefined);
        assert.equal(formatter.formatText('owner A "unterminated\n'), undefined);
    });

    it('keeps Windows line endings', () => {
        assert.equal(format('owner A\r\nowner B { contact "x" }\r\n'), 'owner A\r\n\r\nowner B {\r\n    contact "x"\r\n}\r\n');
    });

    it('turns an empty or blank file into an empty file', () => {
        assert.equal(format(''), '');
        assert.equal(format('  \n\n '), '');
    });
});
