import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { applyWorkspaceEdit, workspace } from '../../fixtures/lsp-fixtures.js';

type Env = Awaited<ReturnType<typeof workspace>>;

async function actionsFor(env: Env, file: string, code: string, occurrence = 0): Promise<CodeAction[]> {
    const document = env.docs[file];
    const diagnostic: Diagnostic | undefined = (document.diagnostics ?? []).filter(d => d.code === code)[occurrence];
    assert.ok(diagnostic, `${file} has a ${code} diagnostic: ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
    return (await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) ?? []) as CodeAction[];
}

async function apply(env: Env, actions: CodeAction[], title: string): Promise<Env> {
    const action = actions.find(a => a.title === title);
    assert.ok(action, `'${title}' among ${actions.map(a => a.title).join(' | ')}`);
    return workspace(applyWorkspaceEdit(env.docs, action!.edit));
}

const codesIn = (env: Env, file: string) => (env.docs[file].diagnostics ?? []).map(d => String(d.code));
const textOf = (env: Env, file: string) => env.docs[file].textDocument.getText();

describe('quick fixes for the second edition', () => {
    it('creates missing evidence next to the other evidence, and the citation resolves', async () => {
        const env = await workspace({
            'research.journey': 'evidence Survey "Survey" { sample 400 }\n',
            'main.journey': 'owner O\njourney J {\n    owner O\n    stage S {\n        touchpoint T {\n            pain "Slow" from Survey, Interviews\n        }\n    }\n}\n'
        });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Create evidence 'Interviews' in research.journey");
        assert.equal(textOf(fixed, 'research.journey'), 'evidence Survey "Survey" { sample 400 }\n\nevidence Interviews\n');
        assert.equal(textOf(fixed, 'main.journey'), textOf(env, 'main.journey'));
        assert.deepEqual(codesIn(fixed, 'main.journey'), []);
    });

    it('offers the closest evidence name for a misspelt one', async () => {
        const env = await workspace({ 'main.journey': 'evidence Survey2026\nowner O journey J { owner O stage S { touchpoint T { pain "x" from Survey2025 } } }\n' });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Change to 'Survey2026'");
        assert.match(textOf(fixed, 'main.journey'), /pain "x" from Survey2026 \}/);
    });

    it('cites evidence for a pain without any, the evidence this file already cites first', async () => {
        const env = await workspace({
            'research.journey': 'evidence Analytics\nevidence Survey\nevidence Interviews\n',
            'main.journey': 'owner O\njourney J {\n    owner O\n    stage S {\n        touchpoint T {\n            pain "Slow" // seen at the desk\n            pain "Lost" from Interviews\n        }\n    }\n}\n'
        });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.PainWithoutEvidence);
        assert.deepEqual(actions.map(a => a.title), ["Cite evidence 'Interviews'", "Cite evidence 'Analytics'", "Cite evidence 'Survey'"]);
        const fixed = await apply(env, actions, "Cite evidence 'Survey'");
        assert.equal(textOf(fixed, 'main.journey'), textOf(env, 'main.journey').replace('pain "Slow" //', 'pain "Slow" from Survey //'));
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.PainWithoutEvidence));
    });

    it('offers no citation when the workspace has no evidence', async () => {
        const env = await workspace({ 'main.journey': 'owner O\njourney J { owner O stage S { touchpoint T { pain "Slow" } } }\n' });
        assert.deepEqual(await actionsFor(env, 'main.journey', DiagnosticCode.PainWithoutEvidence), []);
    });

    it('creates a missing persona named after for', async () => {
        const env = await workspace({ 'main.journey': 'persona A\nowner O\njourney J { owner O persona A stage S { touchpoint T { emotion -1 for B } } }\n' });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.UnresolvedReference);
        const fixed = await apply(env, actions, "Create persona 'B'");
        assert.match(textOf(fixed, 'main.journey'), /^persona A\npersona B\nowner O\n/);
        assert.ok(!codesIn(fixed, 'main.journey').includes(DiagnosticCode.UnresolvedReference));
    });

    it('adds a persona the journey does not list to the end of its persona line', async () => {
        const text = 'persona A\npersona B\nowner O\njourney J {\n    owner O\n    persona A // who we map\n    stage S {\n        touchpoint T {\n            persona A, B\n            emotion +1 for B\n        }\n    }\n}\n';
        const env = await workspace({ 'main.journey': text });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.PersonaNotInJourney);
        assert.deepEqual(actions.map(a => [a.title, a.isPreferred]), [["Add persona 'B' to journey J", true]]);
        const fixed = await apply(env, actions, "Add persona 'B' to journey J");
        assert.equal(textOf(fixed, 'main.journey'), text.replace('persona A // who', 'persona A, B // who'));
        assert.deepEqual(codesIn(fixed, 'main.journey'), [], 'both warnings are gone');
    });

    it('adds a persona line to a journey that lists none, on a line of its own or inline', async () => {
        const lines = 'persona P\nowner O\njourney J {\n    owner O\n    stage S {\n        emotion 1 for P\n        touchpoint T\n    }\n}\n';
        const env = await workspace({ 'main.journey': lines });
        const fixed = await apply(env, await actionsFor(env, 'main.journey', DiagnosticCode.PersonaNotInJourney), "Add persona 'P' to journey J");
        assert.equal(textOf(fixed, 'main.journey'), lines.replace('journey J {\n', 'journey J {\n    persona P\n'));
        assert.deepEqual(codesIn(fixed, 'main.journey'), []);

        const inline = 'persona P owner O journey J { owner O stage S { touchpoint T { persona P } } }\n';
        const one = await workspace({ 'main.journey': inline });
        const fixedInline = await apply(one, await actionsFor(one, 'main.journey', DiagnosticCode.PersonaNotInJourney), "Add persona 'P' to journey J");
        assert.equal(textOf(fixedInline, 'main.journey'), inline.replace('journey J {', 'journey J { persona P'));
        assert.deepEqual(codesIn(fixedInline, 'main.journey'), []);
    });

    it('turns a continues into its own journey\'s stage into next to that stage\'s first touchpoint', async () => {
        const text = 'owner O\njourney J {\n    owner O\n    stage A {\n        touchpoint T {\n            channel web\n            continues J.B // meant next\n        }\n    }\n    stage B { touchpoint First touchpoint Second }\n}\n';
        const env = await workspace({ 'main.journey': text });
        const actions = await actionsFor(env, 'main.journey', DiagnosticCode.ContinuesOwnJourney);
        assert.deepEqual(actions.map(a => [a.title, a.isPreferred]), [["Change to 'next B.First'", true]]);
        const fixed = await apply(env, actions, "Change to 'next B.First'");
        assert.equal(textOf(fixed, 'main.journey'), text.replace('continues J.B', 'next B.First'));
        assert.deepEqual(codesIn(fixed, 'main.journey'), []);
    });

    it('offers no next fix where the touchpoint has a next already or no stage is named', async () => {
        const text = 'owner O journey J { owner O stage A { touchpoint T { next U continues J.A } touchpoint U { continues J } } }\n';
        const env = await workspace({ 'main.journey': text });
        assert.deepEqual(await actionsFor(env, 'main.journey', DiagnosticCode.ContinuesOwnJourney, 0), []);
        assert.deepEqual(await actionsFor(env, 'main.journey', DiagnosticCode.ContinuesOwnJourney, 1), []);
    });
});
