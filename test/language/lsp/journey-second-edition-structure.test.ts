import { strict as assert } from 'node:assert';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver-types';
import { workspace } from '../../fixtures/lsp-fixtures.js';

const TEXT = `owner Desk
persona Student
evidence Survey "User survey" {
    source "Annual survey"
    sample 400
}
journey Loans {
    owner Desk
    persona Student
    stage Pickup {
        persona Student
        emotion +1 for Student
        touchpoint Shelf {
            pain "Slow" from Survey
            backstage "Sorting" by Desk
            support "Catalogue" by Desk
            continues Other.First
        }
    }
}
journey Other { owner Desk stage First { touchpoint A } }
`;

describe('outline, semantic tokens and folding of the second edition', () => {
    it('colours every new reference by the kind it points to', async () => {
        const { Journey } = await workspace({});
        const tokens = await highlightHelper(Journey)([
            'owner <|O|>',
            'persona <|P|>',
            'evidence <|E|>',
            'journey <|J|> { persona <|P|> stage <|S|> { persona <|P|> emotion -1 for <|P|> touchpoint <|T|> {',
            '    pain "x" from <|E|> opportunity "y" from <|E|> backstage "b" by <|O|> support "s" by <|O|> continues <|J|>.<|S|> } } }'
        ].join('\n'));
        const { class: owner, interface: persona, property: evidence, namespace: journey, struct: stage, event: touchpoint } = SemanticTokenTypes;
        [owner, persona, evidence, journey, persona, stage, persona, persona, touchpoint, evidence, evidence, owner, owner, journey, stage]
            .forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const declaration = AllSemanticTokenModifiers[SemanticTokenModifiers.declaration];
        assert.deepEqual(tokens.tokens.filter(t => (t.tokenModifiers & declaration) !== 0).map(t => t.text), ['O', 'P', 'E', 'J', 'S', 'T']);
    });

    it('lists evidence in the outline beside owners and personas', async () => {
        const { Journey, docs } = await workspace({ 'a.journey': TEXT });
        const symbols = await Journey.lsp.DocumentSymbolProvider!.getSymbols(docs['a.journey'], { textDocument: { uri: docs['a.journey'].uri.toString() } });
        assert.deepEqual(symbols.map(s => [s.name, s.kind, s.detail]), [
            ['Desk', SymbolKind.Class, undefined], ['Student', SymbolKind.Interface, undefined], ['Survey', SymbolKind.Property, 'User survey'],
            ['Loans', SymbolKind.Namespace, undefined], ['Other', SymbolKind.Namespace, undefined]
        ]);
        assert.deepEqual(symbols[3].children?.map(s => s.name), ['Pickup']);
        assert.deepEqual(symbols[3].children?.[0].children?.map(s => s.name), ['Shelf']);
    });

    it('folds an evidence block and a touchpoint with second-edition properties', async () => {
        const { Journey, docs } = await workspace({ 'a.journey': TEXT });
        const ranges = await Journey.lsp.FoldingRangeProvider!.getFoldingRanges(docs['a.journey'], { textDocument: { uri: docs['a.journey'].uri.toString() } });
        const lines = TEXT.split('\n');
        const folds = ranges.map(r => [r.startLine, r.endLine]);
        assert.ok(folds.some(([start, end]) => start === lines.indexOf('evidence Survey "User survey" {') && end === lines.indexOf('    sample 400')), JSON.stringify(folds));
        assert.ok(folds.some(([start, end]) => start === lines.indexOf('        touchpoint Shelf {') && end === lines.indexOf('            continues Other.First')), JSON.stringify(folds));
    });
});
