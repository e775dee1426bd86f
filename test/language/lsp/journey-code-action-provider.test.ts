import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { applyWorkspaceEdit, workspace } from '../../fixtures/lsp-fixtures.js';

type Env = Awaited<ReturnType<typeof workspace>>;

async function actionsFor(env: Env, file: string, code: string, occurrence = 0): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic }> {
    const document = env.docs[file];
    const diagnostic = (document.diagnostics ?? []).filter(d => d.code === code)[occurrence];
    assert.ok(diagnostic, `${file} has a ${code} diagnostic: ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
    const actions = await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    return { actions: actions ?? [], diagnostic };
}

/** Applies the action titled `title` and rebuilds the workspace from the result. */
async function apply(env: Env, actions: CodeAction[], title: string): Promise<Env> {
    const action = actions.find(a => a.title === title);
    assert.ok(action, `'${title}' among ${actions.map(a => a.title).join(' | ')}`);
    return workspace(applyWorkspaceEdit(env.docs, action!.edit));
}

const codesIn = (env: Env, file: string) => (env.docs[file].diagnostics ?? []).map(d => d.code);

describe('quick fixes', () => {
    it('suggests the closest existing names for an unresolved owner and replaces the reference', async () => {
        const env = await workspace({
            'owners.journey': 'owner Marketing\nowner Marketplace\nowner Legal\n',
            'main.journey': 'journey J { owner Markting stage S { touchpoint T } }\n'
        });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const changes = actions.filter(a => a.title.startsWith('Change to'));
        assert.deepEqual(changes.map(a => a.title), ["Change to 'Marketing'"], 'Marketplace and Legal are too far off');
        assert.equal(changes[0].isPreferred, true);
        const fixed = await apply(env, actions, "Change to 'Marketing'");
        assert.match(fixed.docs['main.journey'].textDocument.getText(), /journey J \{ owner Marketing stage/);
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.UnresolvedReference));
    });

    it('ranks several close names by distance', async () => {
        const env = await workspace({ 'main.journey': 'kpi Speed {}\nkpi Spend {}\nkpi Seed {}\njourney J { stage S { measures Sped touchpoint T } }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        assert.deepEqual(actions.map(a => a.title), ["Change to 'Seed'", "Change to 'Speed'", "Change to 'Spend'", "Create KPI 'Sped'"]);
    });

    it('suggests touchpoint paths for an unresolved next', async () => {
        const env = await workspace({ 'main.journey': 'journey J { stage A { touchpoint T1 { next B.Chekout } } stage B { touchpoint Checkout } }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Change to 'B.Checkout'");
        assert.match(fixed.docs['main.journey'].textDocument.getText(), /next B\.Checkout/);
    });

    it('creates a missing owner in the file where owners are defined', async () => {
        const env = await workspace({
            'owners.journey': '// Teams\nowner Marketing\nowner Sales\n\npersona P\n',
            'main.journey': 'journey J { owner Support persona P stage S { touchpoint T } }\n'
        });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Create owner 'Support' in owners.journey");
        assert.equal(fixed.docs['owners.journey'].textDocument.getText(), '// Teams\nowner Marketing\nowner Sales\nowner Support\n\npersona P\n');
        assert.equal(fixed.docs['main.journey'].textDocument.getText(), env.docs['main.journey'].textDocument.getText());
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.UnresolvedReference));
    });

    it('creates a missing KPI at the end of the current file when no file defines KPIs', async () => {
        const env = await workspace({ 'main.journey': 'owner O\njourney J { owner O stage S { measures Speed touchpoint T } }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Create KPI 'Speed'");
        assert.equal(fixed.docs['main.journey'].textDocument.getText(),
            'owner O\njourney J { owner O stage S { measures Speed touchpoint T } }\n\nkpi Speed {}\n');
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.UnresolvedReference));
    });

    it('creates a missing persona next to the other personas of the current file', async () => {
        const env = await workspace({ 'main.journey': 'persona A {\n    goal "x"\n}\n\njourney J { persona A, B stage S { touchpoint T } }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Create persona 'B'");
        assert.match(fixed.docs['main.journey'].textDocument.getText(), /^persona A \{\n {4}goal "x"\n\}\n\npersona B\n\njourney J/);
    });

    it('removes an unused definition and nothing else', async () => {
        const env = await workspace({ 'main.journey': 'owner Used\n\n// Not needed any more\nowner Unused "Old team" {\n    contact "x"\n}\n\njourney J { owner Used stage S { touchpoint T } }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.UnusedDefinition);
        const fixed = await apply(env, actions, "Remove unused owner 'Unused'");
        assert.equal(fixed.docs['main.journey'].textDocument.getText(),
            'owner Used\n\n// Not needed any more\n\njourney J { owner Used stage S { touchpoint T } }\n', 'the comment stays');
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.UnusedDefinition));
    });

    it('offers one add-owner action per owner for an ownerless touchpoint, owners used nearby first', async () => {
        const env = await workspace({
            'owners.journey': 'owner Alpha\nowner Beta\nowner Gamma\n',
            'main.journey': 'journey J {\n    stage S {\n        touchpoint Used { owner Gamma }\n        touchpoint T {\n            channel web\n        }\n    }\n}\n'
        });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.MissingOwner);
        assert.deepEqual(actions.filter(a => a.title.endsWith('to touchpoint T')).map(a => a.title),
            ["Add 'owner Gamma' to touchpoint T", "Add 'owner Alpha' to touchpoint T", "Add 'owner Beta' to touchpoint T"]);
        const fixed = await apply(env, actions, "Add 'owner Beta' to touchpoint T");
        assert.match(fixed.docs['main.journey'].textDocument.getText(), /touchpoint T \{\n {12}owner Beta\n {12}channel web\n {8}\}/);
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.MissingOwner));
    });

    it('adds an owner to a touchpoint without a block, and to a one-line block', async () => {
        const bare = await workspace({ 'main.journey': 'owner O\njourney J {\n    stage S {\n        touchpoint T "Title"\n        touchpoint U { owner O }\n    }\n}\n' });
        const fixedBare = await apply(bare, (await actionsFor(bare, 'main.journey', DiagnosticCode.MissingOwner)).actions, "Add 'owner O' to touchpoint T");
        assert.match(fixedBare.docs['main.journey'].textDocument.getText(), /touchpoint T "Title" \{\n {12}owner O\n {8}\}\n/);
        const oneLine = await workspace({ 'main.journey': 'owner O\njourney J { stage S { touchpoint T { channel web } touchpoint U { owner O } } }\n' });
        const fixedLine = await apply(oneLine, (await actionsFor(oneLine, 'main.journey', DiagnosticCode.MissingOwner)).actions, "Add 'owner O' to touchpoint T");
        assert.match(fixedLine.docs['main.journey'].textDocument.getText(), /touchpoint T \{ channel web owner O \}/);
        assert.deepEqual(codesIn(fixedLine, 'main.journey'), []);
    });

    for (const [written, clamped, title] of [['7', '2', 'Clamp emotion to +2'], ['-5', '-2', 'Clamp emotion to -2'], ['- 3', '-2', 'Clamp emotion to -2']]) {
        it(`clamps emotion ${written} to ${clamped}`, async () => {
            const env = await workspace({ 'main.journey': `owner O\njourney J { owner O stage S { emotion ${written} touchpoint T } }\n` });
            const fixed = await apply(env, (await actionsFor(env, 'main.journey', DiagnosticCode.EmotionOutOfRange)).actions, title);
            assert.match(fixed.docs['main.journey'].textDocument.getText(), new RegExp(`emotion ${clamped} touchpoint`));
            assert.deepEqual(codesIn(fixed, 'main.journey'), []);
        });
    }

    it('offers nothing for diagnostics without a fix', async () => {
        const env = await workspace({ 'main.journey': 'owner O\njourney J { owner O }\n' });
        const { actions } = await actionsFor(env, 'main.journey', DiagnosticCode.EmptyJourney);
        assert.deepEqual(actions, []);
    });
});
