import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-types';
import { applyWorkspaceEdit, at, workspace } from '../../fixtures/lsp-fixtures.js';

// Every reference the second edition adds, across two files.
const DEFINITIONS = `owner Desk "Front desk"
persona Student "Student"
persona Retiree "Retiree"
evidence Survey "User survey" { source "Annual survey" sample 400 }
`;
const SIGNUP = `journey Signup {
    owner Desk
    persona Student, Retiree
    stage Visit {
        persona Student
        emotion -1 for Student
        touchpoint Web {
            emotion +1 for Retiree
            pain "Needs an ID" from Survey
            opportunity "Sign up at the desk" from Survey
            backstage "Card is printed" by Desk
            support "Member system" by Desk
            continues Loans.Pickup
        }
        touchpoint Desk2 { continues Loans }
    }
}
`;
const LOANS = `journey Loans {
    owner Desk
    persona Student
    stage Pickup { touchpoint Shelf }
}
`;

async function env() {
    return workspace({ 'defs.journey': DEFINITIONS, 'signup.journey': SIGNUP, 'loans.journey': LOANS });
}

async function renamed(file: string, needle: string, delta: number, newName: string): Promise<Record<string, string>> {
    const e = await env();
    const edit = await e.Journey.lsp.RenameProvider!.rename(e.docs[file], { ...at(e.docs[file], needle, delta), newName });
    return applyWorkspaceEdit(e.docs, edit);
}

describe('navigation and rename over the second edition\'s references', () => {
    it('goes to the definition of a persona after for, evidence after from, an owner after by, a journey and a stage after continues', async () => {
        const e = await env();
        const document = e.docs['signup.journey'];
        for (const [needle, delta, file, target] of [
            ['for Retiree', 5, 'defs.journey', 'persona Retiree'],
            ['from Survey', 6, 'defs.journey', 'evidence Survey'],
            ['by Desk', 4, 'defs.journey', 'owner Desk'],
            ['continues Loans.Pickup', 11, 'loans.journey', 'journey Loans'],
            ['continues Loans.Pickup', 17, 'loans.journey', 'stage Pickup'],
            ['continues Loans }', 11, 'loans.journey', 'journey Loans']
        ] as const) {
            const links = await e.Journey.lsp.DefinitionProvider!.getDefinition(document, at(document, needle, delta)) ?? [];
            assert.equal(links.length, 1, needle);
            assert.equal(links[0].targetUri, e.docs[file].uri.toString(), needle);
            const targetText = e.docs[file].textDocument.getText();
            const name = target.split(' ')[1];
            assert.equal(e.docs[file].textDocument.offsetAt(links[0].targetSelectionRange.start), targetText.indexOf(target) + target.length - name.length, needle);
        }
    });

    it('finds every citation of evidence and every continues into a stage', async () => {
        const e = await env();
        const evidence = await e.Journey.lsp.ReferencesProvider!.findReferences(e.docs['defs.journey'],
            { ...at(e.docs['defs.journey'], 'evidence Survey', 10), context: { includeDeclaration: false } }) as Location[];
        assert.equal(evidence.length, 2);
        assert.ok(evidence.every(location => location.uri === e.docs['signup.journey'].uri.toString()));
        const stage = await e.Journey.lsp.ReferencesProvider!.findReferences(e.docs['loans.journey'],
            { ...at(e.docs['loans.journey'], 'stage Pickup', 7), context: { includeDeclaration: true } }) as Location[];
        assert.deepEqual(stage.map(location => location.uri.split('/').pop()).sort(), ['loans.journey', 'signup.journey']);
    });

    it('renames evidence in its definition and every from', async () => {
        const texts = await renamed('signup.journey', 'from Survey', 6, 'Survey2026');
        assert.match(texts['defs.journey'], /^evidence Survey2026 "User survey"/m);
        assert.equal(texts['signup.journey'], SIGNUP.replaceAll('from Survey', 'from Survey2026'));
    });

    it('renames a persona everywhere it is named, emotion … for included', async () => {
        const texts = await renamed('defs.journey', 'persona Retiree', 9, 'Pensioner');
        assert.equal(texts['signup.journey'], SIGNUP.replaceAll('Retiree', 'Pensioner'));
        const student = await renamed('signup.journey', 'for Student', 5, 'Learner');
        assert.equal(student['signup.journey'], SIGNUP.replaceAll('Student', 'Learner'));
        assert.equal(student['loans.journey'], LOANS.replace('Student', 'Learner'));
    });

    it('renames an owner named after by', async () => {
        const texts = await renamed('signup.journey', 'by Desk', 4, 'Counter');
        assert.equal(texts['signup.journey'], SIGNUP.replace(/\bDesk\b/g, 'Counter'));
        assert.equal(texts['loans.journey'], LOANS.replace('Desk', 'Counter'));
    });

    it('renames a journey and a stage named after continues, each part on its own', async () => {
        const journey = await renamed('loans.journey', 'journey Loans', 9, 'Lending');
        assert.equal(journey['loans.journey'], LOANS.replace('Loans', 'Lending'));
        assert.equal(journey['signup.journey'], SIGNUP.replace('continues Loans.Pickup', 'continues Lending.Pickup').replace('continues Loans }', 'continues Lending }'));
        const stage = await renamed('signup.journey', 'continues Loans.Pickup', 17, 'Collect');
        assert.equal(stage['loans.journey'], LOANS.replace('stage Pickup', 'stage Collect'));
        assert.equal(stage['signup.journey'], SIGNUP.replace('Loans.Pickup', 'Loans.Collect'));
    });
});
