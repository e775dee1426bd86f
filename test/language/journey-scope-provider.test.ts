import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AstNodeDescription } from 'langium';
import { isContinuesProperty, type Journey } from '../../src/language/generated/ast.js';
import { buildWorkspace, codes, ROOT } from '../helpers.js';
import { measuresOf, nextOf, ownerOf, personasOf } from '../../src/language/element-properties.js';

function journeyOf(root: { elements: Array<{ $type: string }> }): Journey {
    return root.elements.find(e => e.$type === 'Journey') as Journey;
}

describe('scoping', () => {
    it('resolves owners, personas and KPIs defined in another file', async () => {
        const { documents } = await buildWorkspace({
            'defs.journey': 'owner Team persona P kpi K { owner Team target >= 1 }',
            'j.journey': 'journey J { owner Team persona P stage S { measures K touchpoint T } }'
        });
        const journey = journeyOf(documents['j.journey'].parseResult.value);
        assert.equal(ownerOf(journey)?.ref?.name, 'Team');
        assert.equal(personasOf(journey)[0].ref?.name, 'P');
        assert.equal(measuresOf(journey.stages[0])[0].ref?.name, 'K');
        assert.deepEqual(codes(documents['j.journey'].diagnostics ?? []), []);
    });

    it('keeps each kind in its own namespace', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': 'owner X journey J { persona X stage S { measures X touchpoint T } }' });
        const unresolved = (documents['a.journey'].diagnostics ?? []).filter(d => d.code === 'journey/unresolved-reference');
        assert.deepEqual(unresolved.map(d => d.message), ["Unknown persona 'X'.", "Unknown KPI 'X'."]);
    });

    it('resolves next to a touchpoint of the same stage, or Stage.Touchpoint of the same journey', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': `owner O journey J { owner O
            stage A { touchpoint One { next Two } touchpoint Two { next B.One } }
            stage B { touchpoint One { next A.Two } } }` });
        const [a, b] = journeyOf(documents['a.journey'].parseResult.value).stages;
        assert.equal(nextOf(a.touchpoints[0])?.ref, a.touchpoints[1]);
        assert.equal(nextOf(a.touchpoints[1])?.ref, b.touchpoints[0]);
        assert.equal(nextOf(b.touchpoints[0])?.ref, a.touchpoints[1]);
    });

    it('does not resolve a plain name from another stage, nor a touchpoint of another journey', async () => {
        const { documents } = await buildWorkspace({
            'a.journey': 'owner O journey J { owner O stage A { touchpoint One { next Two } } stage B { touchpoint Two { next C.Three } } }',
            'b.journey': 'journey K { owner O stage C { touchpoint Three { next A.One } } }'
        });
        const unresolved = (name: string) => (documents[name].diagnostics ?? [])
            .filter(d => d.code === 'journey/unresolved-reference').map(d => d.message);
        assert.deepEqual(unresolved('a.journey'), ["Unknown touchpoint 'Two'.", "Unknown touchpoint 'C.Three'."]);
        assert.deepEqual(unresolved('b.journey'), ["Unknown touchpoint 'A.One'."]);
    });

    it('offers the stage touchpoints and all qualified names of the journey as candidates', async () => {
        const { services, documents } = await buildWorkspace({ 'a.journey': 'journey J { stage A { touchpoint One touchpoint Two { next One } } stage B { touchpoint Three } }' });
        const two = journeyOf(documents['a.journey'].parseResult.value).stages[0].touchpoints[1];
        const scope = services.Journey.references.ScopeProvider.getScope({ container: two.props[0], property: 'next', reference: nextOf(two)! });
        assert.deepEqual(scope.getAllElements().map(d => d.name).toArray(), ['One', 'Two', 'A.One', 'A.Two', 'B.Three']);
    });

    it('describes stages and touchpoints as Langium\'s createDescription does, field by field', async () => {
        const { services, documents } = await buildWorkspace({
            'a.journey': 'journey J {\n  stage A "a" {\n    touchpoint One "one" { }\n    touchpoint Two { next One }\n  }\n  stage B { touchpoint Three { continues J.A } }\n}\n'
        });
        const document = documents['a.journey'];
        const journey = journeyOf(document.parseResult.value);
        const two = journey.stages[0].touchpoints[1];
        const continues = journey.stages[1].touchpoints[0].props.find(isContinuesProperty)!;
        const provider = services.Journey.references.ScopeProvider;
        const described = [
            ...provider.getScope({ container: two.props[0], property: 'next', reference: nextOf(two)! }).getAllElements().toArray(),
            ...provider.getScope({ container: continues, property: 'stage', reference: continues.stage! }).getAllElements().toArray()
        ];
        assert.deepEqual(described.map(d => d.name), ['One', 'Two', 'A.One', 'A.Two', 'B.Three', 'A', 'B']);
        const fields = (d: AstNodeDescription) => ({
            node: d.node, name: d.name, type: d.type, documentUri: d.documentUri.toString(), path: d.path,
            selectionSegment: d.selectionSegment, nameSegment: d.nameSegment
        });
        for (const description of described) {
            const langiums = services.Journey.workspace.AstNodeDescriptionProvider.createDescription(description.node!, description.name, document);
            assert.deepEqual(fields(description), fields(langiums), description.name);
        }
        // The target of each link, found again from its path.
        assert.equal(services.Journey.workspace.AstNodeLocator.getAstNode(document.parseResult.value, described[5].path), journey.stages[0]);
        assert.equal(services.Journey.workspace.AstNodeLocator.getAstNode(document.parseResult.value, described[4].path), journey.stages[1].touchpoints[0]);
    });
});

describe('incremental rebuilds across files', () => {
    async function workspace() {
        const { documents, change } = await buildWorkspace({
            'defs.journey': 'owner Team "Team"\nowner Spare "Spare"\n',
            'j.journey': 'journey J { owner Team stage S { touchpoint T } }'
        });
        return { change, diagnosticsOf: (name: string) => documents[name].diagnostics ?? [] };
    }

    it('marks a definition unused in its own file when its last reference elsewhere goes away', async () => {
        const { change, diagnosticsOf } = await workspace();
        assert.deepEqual(diagnosticsOf('defs.journey').map(d => d.message), ["Owner 'Spare' is never used."]);
        await change('j.journey', 'journey J { owner Spare stage S { touchpoint T } }');
        assert.deepEqual(diagnosticsOf('defs.journey').map(d => d.message), ["Owner 'Team' is never used."]);
    });

    it('reports and clears a duplicate in an unchanged file', async () => {
        const { change, diagnosticsOf } = await workspace();
        await change('j.journey', 'owner Team\njourney J { owner Team stage S { touchpoint T } }');
        assert.ok(codes(diagnosticsOf('defs.journey')).includes('journey/duplicate-name'));
        await change('j.journey', 'journey J { owner Team stage S { touchpoint T } }');
        assert.ok(!codes(diagnosticsOf('defs.journey')).includes('journey/duplicate-name'));
    });
});

describe('project files', () => {
    it('language-configuration.json declares comments, brackets and a Unicode word pattern', () => {
        const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
        assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        // VS Code compiles a string pattern without flags, so \p{L} needs the object form with 'u'.
        assert.equal(config.wordPattern.flags, 'u');
        const word = new RegExp(`^(?:${config.wordPattern.pattern})$`, config.wordPattern.flags);
        for (const name of ['Købsoplevelse', 'Kundeservice', 'Överväganden', 'Purchase.Checkout']) {
            assert.match(name, word);
        }
    });
});

describe('scoping of the second edition', () => {
    it('resolves evidence, personas after for and persona, and continues across files', async () => {
        const { documents } = await buildWorkspace({
            'defs.journey': 'owner O persona P evidence E',
            'next.journey': 'journey Next { owner O stage First { touchpoint T } }',
            'a.journey': `journey J { owner O persona P stage S { persona P touchpoint T {
                emotion 1 for P pain "x" from E continues Next.First } } }`
        });
        assert.deepEqual(codes(documents['a.journey'].diagnostics ?? []).filter(c => c === 'journey/unresolved-reference'), []);
    });

    it('resolves Journey.Stage only within that journey, and evidence in its own namespace', async () => {
        const { documents } = await buildWorkspace({
            'a.journey': `owner E journey Next { owner E stage First { touchpoint T } }
                journey J { owner E stage S { touchpoint T { pain "x" from E continues Next.S } } }`
        });
        const unresolved = (documents['a.journey'].diagnostics ?? []).filter(d => d.code === 'journey/unresolved-reference');
        assert.deepEqual(unresolved.map(d => d.message).sort(), ["Unknown evidence 'E'.", "Unknown stage 'S'."]);
    });
});
