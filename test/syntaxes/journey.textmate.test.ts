import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { ROOT } from '../helpers.js';

const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'journey.textmate.json');

/** Tokenizes with the engine VS Code uses (vscode-textmate on Oniguruma). */
async function loadGrammar(): Promise<textmate.IGrammar> {
    const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async () => textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE)
    });
    const grammar = await registry.loadGrammar('source.journey');
    assert.ok(grammar);
    return grammar;
}

/** Each token of the text as `text => innermost scope`. */
function tokens(grammar: textmate.IGrammar, text: string): string[] {
    let stack = textmate.INITIAL;
    const result: string[] = [];
    for (const line of text.split('\n')) {
        const { tokens: lineTokens, ruleStack } = grammar.tokenizeLine(line, stack);
        for (const token of lineTokens) {
            const value = line.slice(token.startIndex, token.endIndex);
            if (value.trim()) {
                result.push(`${value.trim()} => ${token.scopes[token.scopes.length - 1]}`);
            }
        }
        stack = ruleStack;
    }
    return result;
}

describe('TextMate grammar', () => {
    let grammar: textmate.IGrammar;
    before(async () => {
        grammar = await loadGrammar();
    });

    it('colours definitions, references, keywords, channels, numbers and comments apart', () => {
        const text = [
            '// shared',
            'owner Marketing "Marketing team" { contact "m@example.com" }',
            'kpi CTR { target >= 2.5% current -1 }',
            'journey Købsrejse {',
            '    persona Kari, Ola',
            '    stage Kjøp { touchpoint Chat { channel chat next Kjøp.Chat } }',
            '}'
        ].join('\n');
        assert.deepEqual(tokens(grammar, text), [
            '// => punctuation.definition.comment.journey',
            'shared => comment.line.double-slash.journey',
            'owner => storage.type.owner.journey',
            'Marketing => entity.name.type.owner.journey',
            '" => punctuation.definition.string.begin.journey',
            'Marketing team => string.quoted.double.journey',
            '" => punctuation.definition.string.end.journey',
            '{ => punctuation.definition.block.begin.journey',
            'contact => keyword.other.property.journey',
            '" => punctuation.definition.string.begin.journey',
            'm@example.com => string.quoted.double.journey',
            '" => punctuation.definition.string.end.journey',
            '} => punctuation.definition.block.end.journey',
            'kpi => storage.type.kpi.journey',
            'CTR => entity.name.type.kpi.journey',
            '{ => punctuation.definition.block.begin.journey',
            'target => keyword.other.property.journey',
            '>= => keyword.operator.comparison.journey',
            '2.5 => constant.numeric.journey',
            '% => keyword.other.unit.percent.journey',
            'current => keyword.other.property.journey',
            '-1 => constant.numeric.journey',
            '} => punctuation.definition.block.end.journey',
            'journey => storage.type.journey.journey',
            'Købsrejse => entity.name.type.journey.journey',
            '{ => punctuation.definition.block.begin.journey',
            'persona => keyword.other.property.journey',
            'Kari => variable.other.reference.journey',
            ', => punctuation.separator.comma.journey',
            'Ola => variable.other.reference.journey',
            'stage => storage.type.stage.journey',
            'Kjøp => entity.name.type.stage.journey',
            '{ => punctuation.definition.block.begin.journey',
            'touchpoint => storage.type.touchpoint.journey',
            'Chat => entity.name.type.touchpoint.journey',
            '{ => punctuation.definition.block.begin.journey',
            'channel => keyword.other.property.journey',
            'chat => constant.language.channel.journey',
            'next => keyword.other.property.journey',
            'Kjøp => variable.other.reference.journey',
            '. => punctuation.accessor.journey',
            'Chat => variable.other.reference.journey',
            '} => punctuation.definition.block.end.journey',
            '} => punctuation.definition.block.end.journey',
            '} => punctuation.definition.block.end.journey'
        ]);
    });

    it('keeps a block comment and an unterminated string from swallowing the next line', () => {
        const scoped = tokens(grammar, '/* a\n   b */ stage S {\n    pain "open\n    goal "x"');
        assert.ok(scoped.includes('stage => storage.type.stage.journey'), scoped.join('\n'));
        assert.ok(scoped.includes('goal => keyword.other.property.journey'), scoped.join('\n'));
    });

    it('gives every keyword of the language a keyword, storage or constant scope', () => {
        const langium = readFileSync(path.join(ROOT, 'src', 'language', 'journey.langium'), 'utf8').replace(/\/\/.*$/gm, '');
        const keywords = new Set([...langium.matchAll(/'([a-z]+)'/g)].map(match => match[1]));
        assert.ok(keywords.size > 30, 'keywords read from the grammar');
        for (const keyword of keywords) {
            const [token] = tokens(grammar, keyword);
            assert.match(token, /=> (keyword|storage\.type|constant\.language)\./, keyword);
        }
    });

    it('tokenizes every example without leaving an identifier unscoped after a keyword', () => {
        for (const name of ['webshop.journey', 'shared.journey', 'kundereise.journey']) {
            const text = readFileSync(path.join(ROOT, 'examples', name), 'utf8');
            const scoped = tokens(grammar, text);
            for (const keyword of ['journey', 'stage', 'touchpoint', 'kpi', 'owner']) {
                const index = scoped.findIndex(token => token.startsWith(`${keyword} => storage.type`));
                if (index >= 0) {
                    assert.match(scoped[index + 1], /=> (entity\.name|variable\.other)/, `${name}: after ${keyword}`);
                }
            }
        }
    });
});
