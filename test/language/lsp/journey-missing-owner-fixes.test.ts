import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { applyWorkspaceEdit, workspace } from '../../fixtures/lsp-fixtures.js';

type Env = Awaited<ReturnType<typeof workspace>>;

const OWNERS = 'owner Alpha\nowner Beta\nowner Gamma\nowner Delta\n';

function missingOwner(env: Env, file = 'main.journey'): Diagnostic[] {
    return (env.docs[file].diagnostics ?? []).filter(d => d.code === DiagnosticCode.MissingOwner);
}

async function fixesFor(env: Env, diagnostic: Diagnostic, file = 'main.journey'): Promise<CodeAction[]> {
    const document = env.docs[file];
    return await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
}

async function applyTitled(env: Env, actions: CodeAction[], title: string): Promise<Env> {
    const action = actions.find(a => a.title === title);
    assert.ok(action, `'${title}' among ${actions.map(a => a.title).join(' | ')}`);
    return workspace(applyWorkspaceEdit(env.docs, action!.edit));
}

/** The tokens `after` has beyond `before`, when `before` is kept in order within it (else a marker). */
function insertedTokens(before: string[], after: string[]): string[] {
    const extra: string[] = [];
    let i = 0;
    for (const token of after) {
        if (i < before.length && token === before[i]) i++;
        else extra.push(token);
    }
    return i === before.length ? extra : ['<a token was lost>'];
}

/** Lexer tokens of a text, as images. */
function tokens(env: Env, text: string): string[] {
    return env.Journey.parser.Lexer.tokenize(text).tokens.map(token => token.image);
}

const MAIN = [
    'journey Shop {',
    '    stage Browse {',
    '        touchpoint Ads { owner Beta }',
    '    }',
    '    stage Buy "Buy {now}" {',
    '        // the checkout pages',
    '        touchpoint Cart { channel web }',
    '        touchpoint Pay {',
    '            channel web',
    '        }',
    '        touchpoint Receipt { owner Gamma }',
    '    }',
    '    stage Return {',
    '        touchpoint Parcel',
    '    }',
    '}',
    ''
].join('\n');

describe('missing-owner fixes', () => {
    it('offer the owner on the touchpoint, its stage and its journey, owners used nearby first', async () => {
        const env = await workspace({ 'owners.journey': OWNERS, 'main.journey': MAIN });
        const cart = missingOwner(env).find(d => String(d.message).includes("'Cart'"))!;
        const titles = (await fixesFor(env, cart)).map(a => a.title);
        assert.deepEqual(titles.filter(t => t.endsWith('to touchpoint Cart')).slice(0, 2),
            ["Add 'owner Gamma' to touchpoint Cart", "Add 'owner Beta' to touchpoint Cart"], 'the stage\'s Gamma, then the journey\'s Beta');
        assert.deepEqual(titles.filter(t => t.includes('to stage Buy')).slice(0, 2),
            ["Add 'owner Gamma' to stage Buy (2 touchpoints without an owner)", "Add 'owner Beta' to stage Buy (2 touchpoints without an owner)"]);
        assert.ok(titles.includes("Add 'owner Alpha' to journey Shop"));
        assert.equal(titles.length, 3 * 4, 'three places times four owners');
    });

    it('clears every ownerless touchpoint of a stage with one fix on the stage', async () => {
        const env = await workspace({ 'owners.journey': OWNERS, 'main.journey': MAIN });
        const cart = missingOwner(env).find(d => String(d.message).includes("'Cart'"))!;
        const fixed = await applyTitled(env, await fixesFor(env, cart), "Add 'owner Gamma' to stage Buy (2 touchpoints without an owner)");
        const text = fixed.docs['main.journey'].textDocument.getText();
        assert.match(text, /stage Buy "Buy \{now\}" \{\n {8}owner Gamma\n {8}\/\/ the checkout pages\n/);
        assert.deepEqual(missingOwner(fixed).map(d => d.message), ["Touchpoint 'Parcel' has no owner: add one to it, its stage or its journey."]);
    });

    it('clears every ownerless touchpoint of the journey with one fix on the journey', async () => {
        const env = await workspace({ 'owners.journey': OWNERS, 'main.journey': MAIN });
        const parcel = missingOwner(env).find(d => String(d.message).includes("'Parcel'"))!;
        const fixed = await applyTitled(env, await fixesFor(env, parcel), "Add 'owner Delta' to journey Shop");
        assert.match(fixed.docs['main.journey'].textDocument.getText(), /^journey Shop \{\n {4}owner Delta\n {4}stage Browse/);
        assert.deepEqual(missingOwner(fixed), []);
    });

    it('keeps a one-line stage and journey on one line', async () => {
        const env = await workspace({ 'owners.journey': OWNERS, 'main.journey': 'journey J { stage S { touchpoint T } }\n' });
        const [diagnostic] = missingOwner(env);
        const actions = await fixesFor(env, diagnostic);
        const stage = await applyTitled(env, actions, "Add 'owner Alpha' to stage S");
        assert.equal(stage.docs['main.journey'].textDocument.getText(), 'journey J { stage S { owner Alpha touchpoint T } }\n');
        const journey = await applyTitled(env, actions, "Add 'owner Alpha' to journey J");
        assert.equal(journey.docs['main.journey'].textDocument.getText(), 'journey J { owner Alpha stage S { touchpoint T } }\n');
        assert.deepEqual(missingOwner(journey), []);
    });

    it('never drop or change a token the user wrote: each fix only inserts `owner X`', async () => {
        const texts = [
            MAIN,
            MAIN.replace(/\n/g, '\r\n'),
            'journey J "T {" { /* c */ stage S {} stage R "x" { // r\n touchpoint T "a}" touchpoint U {} } }\n',
            'journey J {stage S {touchpoint T{channel web}}}'
        ];
        for (const text of texts) {
            const env = await workspace({ 'owners.journey': OWNERS, 'main.journey': text });
            const before = tokens(env, text);
            for (const diagnostic of missingOwner(env)) {
                for (const action of await fixesFor(env, diagnostic)) {
                    const after = applyWorkspaceEdit(env.docs, action.edit)['main.journey'];
                    const owner = /'owner (\w+)'/.exec(action.title)![1];
                    const extra = insertedTokens(before, tokens(env, after));
                    const expected = [['owner', owner], ['{', 'owner', owner, '}']];
                    assert.ok(expected.some(e => JSON.stringify(e) === JSON.stringify(extra)),
                        `${action.title} in ${JSON.stringify(text)} inserts ${JSON.stringify(extra)}, all else kept in order`);
                    const fixed = await workspace({ 'owners.journey': OWNERS, 'main.journey': after });
                    assert.deepEqual(fixed.docs['main.journey'].parseResult.parserErrors, [], `${action.title} parses`);
                }
            }
        }
    });
});
