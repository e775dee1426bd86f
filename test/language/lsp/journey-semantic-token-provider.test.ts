import { strict as assert } from 'node:assert';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import { workspace } from '../../fixtures/lsp-fixtures.js';

describe('semantic tokens', () => {
    it('colours definitions and references by kind, definitions marked as declarations', async () => {
        const { Journey } = await workspace({});
        const tokens = await highlightHelper(Journey)([
            'owner <|O|>',
            'persona <|P|>',
            'kpi <|K|> { owner <|O|> }',
            'journey <|J|> { persona <|P|> stage <|S|> { measures <|K|> touchpoint <|T|> { channel <|web|> next <|S|>.<|T|> } } }'
        ].join('\n'));
        const expected = [
            SemanticTokenTypes.class, SemanticTokenTypes.interface, SemanticTokenTypes.variable, SemanticTokenTypes.class,
            SemanticTokenTypes.namespace, SemanticTokenTypes.interface, SemanticTokenTypes.struct, SemanticTokenTypes.variable,
            SemanticTokenTypes.event, SemanticTokenTypes.enumMember, SemanticTokenTypes.struct, SemanticTokenTypes.event
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const declaration = AllSemanticTokenModifiers[SemanticTokenModifiers.declaration];
        const declared = tokens.tokens.filter(t => (t.tokenModifiers & declaration) !== 0).map(t => t.text);
        assert.deepEqual(declared, ['O', 'P', 'K', 'J', 'S', 'T']);
    });
});
