import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

/**
 * The extension's own words go through VS Code's l10n: package.json's
 * contributed titles and descriptions as %keys% in package.nls*.json, its
 * messages as vscode.l10n.t('English') with a translation in each bundle.
 */
const LOCALES = ['da', 'nb', 'sv'];

function json(file: string): Record<string, unknown> {
    return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

function placeholders(text: string): string {
    return [...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort().join();
}

/** Every `%key%` string anywhere in the manifest. */
function manifestKeys(value: unknown, keys = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const match = /^%(.+)%$/.exec(value);
        if (match) keys.add(match[1]);
    } else if (value && typeof value === 'object') {
        Object.values(value).forEach(inner => manifestKeys(inner, keys));
    }
    return keys;
}

/** The first argument of every vscode.l10n.t(...) call in the extension's sources, which must be a string literal. */
function l10nMessages(): Map<string, string> {
    const messages = new Map<string, string>();
    const folder = path.join(ROOT, 'src', 'extension');
    for (const name of readdirSync(folder, { recursive: true }) as string[]) {
        if (!name.endsWith('.ts')) continue;
        const file = path.join(folder, name);
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node) && node.expression.getText(source) === 'vscode.l10n.t') {
                const first = node.arguments[0];
                assert.ok(first && ts.isStringLiteral(first), `${name}: vscode.l10n.t takes its English as a string literal (${node.getText(source).slice(0, 80)})`);
                messages.set(first.text, name);
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    return messages;
}

describe("the extension's own words in VS Code's l10n", () => {
    const manifest = json('package.json');

    it('names the l10n folder and takes every contributed title and description from package.nls.json', () => {
        assert.equal(manifest.l10n, './l10n');
        const english = json('package.nls.json');
        const keys = manifestKeys(manifest);
        assert.ok(keys.size >= 15, `${keys.size} keys`);
        assert.deepEqual([...keys].filter(key => !(key in english)), [], 'every %key% has its English');
        assert.deepEqual(Object.keys(english).filter(key => !keys.has(key)), [], 'no English left unused');
        const commands = (manifest.contributes as { commands: Array<{ title: string }> }).commands;
        assert.deepEqual(commands.filter(command => !/^%.+%$/.test(command.title)), [], 'every command title is localized');
    });

    for (const locale of LOCALES) {
        it(`translates every contributed key into ${locale}`, () => {
            const english = json('package.nls.json') as Record<string, string>;
            const translated = json(`package.nls.${locale}.json`) as Record<string, string>;
            assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
            for (const [key, text] of Object.entries(translated)) {
                assert.ok(text.trim() !== '', `${locale} ${key} is empty`);
                assert.equal((text.match(/`[^`]+`/g) ?? []).join(), (english[key].match(/`[^`]+`/g) ?? []).join(), `${locale} ${key} keeps its code`);
            }
        });

        it(`has a translation into ${locale} of every vscode.l10n.t message, with the same placeholders`, () => {
            const messages = l10nMessages();
            assert.ok(messages.size >= 30, `${messages.size} messages`);
            const bundle = json(`l10n/bundle.l10n.${locale}.json`) as Record<string, string>;
            assert.deepEqual([...messages.keys()].filter(message => !(message in bundle)).map(m => `${messages.get(m)}: ${m}`), [], 'untranslated');
            assert.deepEqual(Object.keys(bundle).filter(message => !messages.has(message)), [], 'translations of messages no longer used');
            for (const [message, text] of Object.entries(bundle)) {
                assert.ok(text.trim() !== '' && text !== message, `${locale}: ${message}`);
                assert.equal(placeholders(text), placeholders(message), `${locale}: ${message}`);
            }
        });
    }
});
