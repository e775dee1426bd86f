import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { applyWorkspaceEdit, workspace } from '../../fixtures/lsp-fixtures.js';
import { Random } from '../../fuzz/random.js';

type Env = Awaited<ReturnType<typeof workspace>>;

const DEFS = 'owner Sälj\nowner Kundtjänst\n';

async function actionsFor(env: Env, code: string, occurrence = 0): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic }> {
    const document = env.docs['main.journey'];
    const diagnostic = (document.diagnostics ?? []).filter(d => d.code === code)[occurrence];
    assert.ok(diagnostic, `main.journey has a ${code}: ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
    const actions = await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    return { actions: actions ?? [], diagnostic };
}

async function applied(env: Env, action: CodeAction | undefined): Promise<string> {
    assert.ok(action);
    const fixed = await workspace(applyWorkspaceEdit(env.docs, action.edit));
    return fixed.docs['main.journey'].textDocument.getText();
}

describe('language quick fixes', () => {
    it('removes either the second or the first of a repeated owner, line and all', async () => {
        const text = `${DEFS}journey J {\n  stage S {\n    owner Sälj\n    owner Kundtjänst // the new team\n    touchpoint T\n  }\n}\n`;
        const env = await workspace({ 'main.journey': text });
        const { actions } = await actionsFor(env, DiagnosticCode.RepeatedProperty);
        assert.deepEqual(actions.map(a => a.title), ["Remove this 'owner'", "Remove the first 'owner' (line 5)"]);
        assert.equal(await applied(env, actions[0]), `${DEFS}journey J {\n  stage S {\n    owner Sälj\n    // the new team\n    touchpoint T\n  }\n}\n`);
        assert.equal(await applied(env, actions[1]), `${DEFS}journey J {\n  stage S {\n    owner Kundtjänst // the new team\n    touchpoint T\n  }\n}\n`);
    });

    it('removes a repeated property written inline without touching its neighbours', async () => {
        const text = `${DEFS}journey J { owner Sälj stage S { touchpoint T { channel web channel app } } }\n`;
        const env = await workspace({ 'main.journey': text });
        const { actions } = await actionsFor(env, DiagnosticCode.RepeatedProperty);
        assert.equal(await applied(env, actions[0]), `${DEFS}journey J { owner Sälj stage S { touchpoint T { channel web } } }\n`);
        assert.equal(await applied(env, actions[1]), `${DEFS}journey J { owner Sälj stage S { touchpoint T { channel app } } }\n`);
    });

    it('changes a misspelt channel to the closest first, and lists every channel', async () => {
        const env = await workspace({ 'main.journey': `${DEFS}journey J { owner Sälj stage S { touchpoint T { channel webb } } }\n` });
        const { actions, diagnostic } = await actionsFor(env, DiagnosticCode.SyntaxError);
        assert.equal(diagnostic.message, "Unknown channel 'webb'. Did you mean 'web'?");
        assert.equal(actions.length, 16);
        assert.equal(actions[0].title, "Change to 'web'");
        assert.equal(actions[0].isPreferred, true);
        assert.match(await applied(env, actions[0]), /\{ channel web \}/);
    });

    it('replaces a pair of typographic quotes with straight ones', async () => {
        const env = await workspace({ 'main.journey': `${DEFS}journey J { owner Sälj stage S { touchpoint T { pain ”Mejlet hamnar i skräpposten” } } }\n` });
        const { actions } = await actionsFor(env, DiagnosticCode.TypographicQuote);
        assert.deepEqual(actions.map(a => a.title), ['Use straight quotes "…"']);
        const fixed = await applied(env, actions[0]);
        assert.match(fixed, /pain "Mejlet hamnar i skräpposten" \}/);
    });
});

/** Tokens as the language's lexer reads them, comments included. */
function tokens(env: Env, text: string): string[] {
    const lexed = env.Journey.parser.Lexer.tokenize(text);
    const hidden = (lexed as { hidden?: typeof lexed.tokens }).hidden ?? [];
    return [...lexed.tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset)
        .filter(token => token.tokenType.name !== 'WS').map(token => token.image);
}

/** A seeded generator (the fuzzer's mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
    const generator = new Random(seed);
    return () => generator.next();
}

describe('language quick fixes drop nothing but what they replace (property)', () => {
    const PROPERTIES = [
        'owner Sälj', 'owner Kundtjänst', 'channel web', 'channel app', 'channel webb', 'emotion 1', 'emotion -2',
        'emotion +1 for P', 'emotion 2 for P', 'pain "a"', 'pain ”b”', 'opportunity „c“', 'next U', '// note', '/* c */'
    ];

    it('keeps every other token of 60 random touchpoints through every fix', async function () {
        this.timeout(120000);
        const next = random(2026);
        const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
        for (let round = 0; round < 60; round++) {
            const props = Array.from({ length: 2 + Math.floor(next() * 5) }, () => pick(PROPERTIES));
            const separator = pick([' ', '\n      ', '  ']);
            const text = `${DEFS}persona P\njourney J { owner Sälj persona P\n  stage S {\n    touchpoint T { ${props.join(separator)} }\n    touchpoint U\n  }\n}\n`;
            const env = await workspace({ 'main.journey': text });
            const before = tokens(env, text);
            const document = env.docs['main.journey'];
            const ours = [DiagnosticCode.RepeatedProperty, DiagnosticCode.TypographicQuote, DiagnosticCode.SyntaxError] as string[];
            for (const diagnostic of (document.diagnostics ?? []).filter(d => ours.includes(String(d.code)))) {
                const actions = await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
                }) as CodeAction[];
                for (const action of actions ?? []) {
                    const [edit] = Object.values(action.edit!.changes!)[0] as TextEdit[];
                    const start = document.textDocument.offsetAt(edit.range.start);
                    const end = document.textDocument.offsetAt(edit.range.end);
                    const after = text.slice(0, start) + edit.newText + text.slice(end);
                    const removed = tokens(env, text.slice(start, end));
                    // What the edit takes out is one property (or one token), and everything else stays, in order.
                    const expected = [...tokens(env, text.slice(0, start)), ...tokens(env, edit.newText), ...tokens(env, text.slice(end))];
                    assert.deepEqual(tokens(env, after), expected, `${action.title} on:\n${text}`);
                    assert.equal(before.length, tokens(env, text.slice(0, start)).length + removed.length + tokens(env, text.slice(end)).length);
                    assert.ok(!removed.some(token => token.startsWith('//') || token.startsWith('/*')), `${action.title} keeps comments:\n${text}`);
                    const target = action.title.startsWith('Remove the first')
                        ? (diagnostic.data as { first: Diagnostic['range'] }).first : diagnostic.range;
                    const targetText = text.slice(document.textDocument.offsetAt(target.start), document.textDocument.offsetAt(target.end));
                    assert.deepEqual(removed, tokens(env, targetText), `${action.title} removes only its own property or token:\n${text}`);
                }
            }
        }
    });
});
