import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from '../../helpers.js';

const DEFINITIONS = `
owner Team
persona Buyer
persona Collector
persona Visitor
evidence Survey { source "Annual survey" sample 400 }
`;

function only(diagnostics: Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(d => d.code === `journey/${code}`);
}

describe('second edition checks', () => {
    describe('persona-not-in-journey', () => {
        it('warns about a touchpoint persona and an emotion … for that the journey does not list, at the name', async () => {
            const text = `${DEFINITIONS}
journey J {
    owner Team
    persona Buyer, Collector
    stage S {
        touchpoint T {
            persona Buyer, Visitor
            emotion -1 for Visitor
            emotion +1 for Collector
        }
    }
}
journey Other { owner Team persona Visitor stage S { touchpoint T } }`;
            const found = only(await diagnose(text), 'persona-not-in-journey');
            assert.equal(found.length, 2);
            for (const d of found) {
                assert.equal(d.severity, 2);
                assert.match(String(d.message), /Touchpoint 'T' names persona 'Visitor', which journey 'J' does not list/);
                assert.deepEqual(d.data, { code: 'journey/persona-not-in-journey', persona: 'Visitor', journey: 'J' });
            }
            const lines = text.split('\n');
            assert.deepEqual(found.map(d => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)), ['Visitor', 'Visitor']);
            assert.deepEqual(found.map(d => d.range.start.line).sort(), [lines.indexOf('            persona Buyer, Visitor'), lines.indexOf('            emotion -1 for Visitor')]);
        });

        it('warns on a stage too, and when the journey lists no persona at all', async () => {
            const text = `${DEFINITIONS}
journey J {
    owner Team
    stage S {
        persona Buyer
        emotion +2 for Collector
        touchpoint T
    }
}
journey K { owner Team persona Visitor stage S { touchpoint T } }`;
            const found = only(await diagnose(text), 'persona-not-in-journey');
            assert.deepEqual(found.map(d => String(d.message).split(',')[0]), [
                "Stage 'S' names persona 'Buyer'", "Stage 'S' names persona 'Collector'"
            ]);
        });

        it('accepts personas the journey lists, on any of its persona lines, and leaves unresolved names to unresolved-reference', async () => {
            const text = `${DEFINITIONS}
journey J {
    owner Team
    persona Buyer
    persona Collector, Visitor
    stage S {
        persona Collector
        emotion -1 for Buyer
        touchpoint T { persona Visitor, Nobody emotion 1 for Nobody }
    }
}`;
            const diagnostics = await diagnose(text);
            assert.deepEqual(only(diagnostics, 'persona-not-in-journey'), []);
            assert.equal(only(diagnostics, 'unresolved-reference').length, 2);
        });
    });

    describe('pain-without-evidence', () => {
        it('hints at a stage or touchpoint pain without from, and not at one with evidence', async () => {
            const text = `${DEFINITIONS}
journey J {
    owner Team
    persona Buyer, Collector, Visitor
    stage S {
        pain "Slow delivery of the parcel to the customer's door"
        touchpoint T {
            pain "Hidden fees" from Survey
            pain "No tracking"
            opportunity "Show fees early"
        }
    }
}`;
            const found = only(await diagnose(text), 'pain-without-evidence');
            assert.deepEqual(found.map(d => [d.severity, d.message]), [
                [4, `Pain "Slow delivery of the parcel to the cust…" cites no evidence: add 'from' and the evidence behind it (a survey, interviews, data).`],
                [4, `Pain "No tracking" cites no evidence: add 'from' and the evidence behind it (a survey, interviews, data).`]
            ]);
            assert.equal(text.split('\n')[found[1].range.start.line].slice(found[1].range.start.character, found[1].range.end.character), '"No tracking"');
        });

        it("sits on the pain's string, as Langium finds it, also after a comment or line break", async () => {
            const text = `${DEFINITIONS}
journey J { owner Team stage S {
    pain /* why */ "A"
    touchpoint T { pain
        // later
        "B"
    } } }`;
            const found = only(await diagnose(text), 'pain-without-evidence');
            const lines = text.split('\n');
            const shown = (d: Diagnostic) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
            assert.deepEqual(found.map(shown), ['"A"', '"B"']);
            assert.deepEqual(found.map(d => [d.range.start.line, d.range.end.line]), [[8, 8], [11, 11]]);
        });

        it("does not apply to a persona's own pains", async () => {
            const text = `owner Team persona P { pain "Small screens" }
journey J { owner Team persona P stage S { touchpoint T } }`;
            assert.deepEqual(only(await diagnose(text), 'pain-without-evidence'), []);
        });
    });

    describe('continues-own-journey', () => {
        it('warns when continues points into its own journey, with or without a stage', async () => {
            const text = `owner Team
journey J {
    owner Team
    stage A { touchpoint T { continues J } }
    stage B { touchpoint U { continues J.A } }
}`;
            const found = only(await diagnose(text), 'continues-own-journey');
            assert.deepEqual(found.map(d => [d.severity, d.message]), [
                [2, "'continues' points back into its own journey 'J': continues links to another journey; use next for a step within this one."],
                [2, "'continues' points back into its own journey 'J' (stage 'A'): continues links to another journey; use next for a step within this one."]
            ]);
            assert.deepEqual(found.map(d => d.range.start.character), [39, 39]);
        });

        it('accepts continues into another journey, also in another file', async () => {
            const text = `owner Team journey J { owner Team stage A { touchpoint T { continues K.B } touchpoint U { continues L } } }
journey K { owner Team stage B { touchpoint V } }`;
            const diagnostics = await diagnose(text, { 'l.journey': 'owner Other journey L { owner Other stage C { touchpoint W } }' });
            assert.deepEqual(diagnostics.map(d => d.code), []);
        });
    });
});

describe('second edition checks on text being typed', () => {
    it('survive a pain, backstage and continues without their values (no internal error)', async () => {
        for (const text of [
            'journey J { stage S { touchpoint T { pain } } }',
            'journey J { stage S { touchpoint T { pain from } } }',
            'journey J { stage S { touchpoint T { backstage by } } }',
            'journey J { stage S { touchpoint T { continues . } } }',
            'journey J { stage S { touchpoint T { emotion for } } }',
            'journey J { stage S { touchpoint T { persona , } } }'
        ]) {
            const codes = (await diagnose(text)).map(d => String(d.code));
            assert.ok(!codes.includes('journey/internal-error'), `${text}: ${codes.join(', ')}`);
        }
    });
});
