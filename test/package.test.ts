import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

const shipped = (relative: string) => existsSync(path.join(ROOT, relative.replace(/^\.\//, '')));

describe('extension manifest (package.json)', () => {
    it('targets VS Code ^1.91.0 with the matching API types, and starts from the bundled extension', () => {
        assert.equal(manifest.engines.vscode, '^1.91.0');
        assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
        assert.equal(manifest.main, './out/extension/extension.cjs');
        assert.match(readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8'), /'extension\/extension': 'src\/extension\/desktop-main\.ts'/);
    });

    it('has a browser entry for vscode.dev and github.dev, bundled from the same source with its server as a web worker', () => {
        const build = readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8');
        assert.equal(manifest.browser, './out/extension/web.js');
        assert.match(build, /'extension\/web': 'src\/extension\/web-main\.ts'/);
        assert.match(build, /'server\/worker': 'src\/server\/main-browser\.ts'/);
        // Where the files are: with a remote, the Node entry runs beside them; the browser entry needs no setting.
        assert.deepEqual(manifest.extensionKind, ['workspace']);
        assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
        // The description is localized: a %key% whose English is in package.nls.json.
        const english = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
        assert.match(english[manifest.capabilities.virtualWorkspaces.description.replace(/^%|%$/g, '')], /Compare with HEAD/);
        const ignored = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
        for (const bundle of ['out/extension/web.js', 'out/server/worker.js']) {
            assert.ok(ignored.includes(`!${bundle}`), `${bundle} ships`);
        }
    });

    it('activates on the language and on workspaces holding .journey files', () => {
        for (const event of ['onLanguage:journey', 'workspaceContains:**/*.journey']) {
            assert.ok(manifest.activationEvents.includes(event), event);
        }
    });

    it('contributes the journey language with its files that exist', () => {
        const journey = contributes.languages.find((language: { id: string }) => language.id === 'journey');
        assert.deepEqual(journey.extensions, ['.journey']);
        assert.ok(journey.aliases.includes('Journey'));
        assert.ok(shipped(journey.configuration) && shipped(journey.icon.light) && shipped(journey.icon.dark));
        const [grammar] = contributes.grammars;
        assert.equal(grammar.language, 'journey');
        assert.ok(shipped(grammar.path));
        assert.equal(JSON.parse(readFileSync(path.join(ROOT, grammar.path), 'utf8')).scopeName, grammar.scopeName);
        assert.ok(shipped(manifest.icon));
    });

    it('gives the language a word pattern VS Code compiles as written (Unicode letters need the u flag)', () => {
        const configuration = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
        const { pattern, flags } = configuration.wordPattern;
        const word = new RegExp(pattern, flags);
        assert.equal('owner Købsoplevelse'.match(new RegExp(pattern, `${flags}g`))?.[1], 'Købsoplevelse');
        assert.ok(word.test('Överväganden'));
        assert.equal('next Kjøp.Chat'.match(new RegExp(pattern, `${flags}g`))?.[1], 'Kjøp.Chat');
    });

    it('validates journey.config.json with the shipped schema, and lets it hold comments', () => {
        assert.deepEqual(contributes.jsonValidation, [{ fileMatch: 'journey.config.json', url: './schemas/journey.config.schema.json' }]);
        assert.ok(shipped(contributes.jsonValidation[0].url));
        assert.ok(contributes.languages.some((language: { id: string; filenames?: string[] }) =>
            language.id === 'jsonc' && language.filenames?.includes('journey.config.json')));
    });

    it('declares the settings the client and server read', () => {
        const properties = contributes.configuration.properties;
        assert.deepEqual(properties['journey.trace.server'].enum, ['off', 'messages', 'verbose']);
        assert.equal(properties['journey.trace.server'].default, 'off');
        assert.equal(properties['journey.inlayHints.inheritedOwner'].type, 'boolean');
        assert.equal(properties['journey.inlayHints.inheritedOwner'].default, true);
        assert.deepEqual(properties['journey.templates.language'].enum, ['auto', 'en', 'da', 'nb', 'sv']);
        assert.equal(properties['journey.templates.language'].default, 'auto');
    });

    it('leaves completion to the language server: no word-based suggestions where it offers nothing', () => {
        assert.equal(contributes.configurationDefaults['[journey]']['editor.wordBasedSuggestions'], 'off');
    });

    // That each contributed command is registered: test/extension/command-ids.test.ts.
    it('titles every contributed command in the Journey category', () => {
        for (const command of contributes.commands) {
            assert.equal(command.category, 'Journey', command.command);
            assert.ok(command.title, command.command);
        }
    });

    it('shows palette and menu entries only for contributed commands, each with a when clause', () => {
        const ids = new Set(contributes.commands.map((command: { command: string }) => command.command));
        for (const [menu, entries] of Object.entries(contributes.menus as Record<string, Array<{ command: string; when?: string }>>)) {
            for (const entry of entries) {
                assert.ok(ids.has(entry.command), `${menu}: ${entry.command}`);
                assert.ok(entry.when, `${menu}: ${entry.command} has a when clause`);
            }
        }
        // Every command is in the palette only where it applies.
        for (const { command } of contributes.commands) {
            assert.ok(contributes.menus.commandPalette.some((entry: { command: string }) => entry.command === command), `${command} has a palette when clause`);
        }
    });
});
