import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Imports point down only. Each folder of `src/` sits on a layer; a file may
 * import its own folder and any lower layer, never a higher one, and the four
 * entry folders on the top layer never import each other:
 *
 *   polyfills ← language ← model ← render ← protocol ← server / webview / extension / cli
 *
 * `protocol/` holds the messages between processes (the custom LSP requests,
 * the preview's webview messages): it carries view-model types, so it sits
 * above the model, and both sides of each conversation import it from below.
 * Only the extension may import `vscode`.
 */
const LAYERS: Record<string, number> = {
    polyfills: -1,
    language: 0,
    model: 1,
    render: 2,
    protocol: 3,
    server: 4,
    webview: 4,
    extension: 4,
    cli: 4
};
const ONLY_IN: Record<string, string> = { vscode: 'extension' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

interface Violation {
    file: string;
    line: number;
    message: string;
}

/** Every import of one source file that runs against the layers, with its line. */
export function layerViolations(file: string, text: string): Violation[] {
    const folder = topFolder(file);
    const violations: Violation[] = [];
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
        const line = text.slice(0, imported.pos).split('\n').length;
        const specifier = imported.fileName;
        if (!specifier.startsWith('.')) {
            const home = ONLY_IN[specifier];
            if (home && folder !== home) {
                violations.push({ file, line, message: `imports '${specifier}', which only src/${home}/ may import` });
            }
            continue;
        }
        const resolved = posix.join(posix.dirname(file), specifier);
        if (!resolved.startsWith('src/')) {
            continue; // the package's own files (package.json): not a layer
        }
        const target = topFolder(resolved);
        if (target === folder) {
            continue;
        }
        if (!(folder in LAYERS) || !(target in LAYERS)) {
            violations.push({ file, line, message: `imports '${specifier}' across a folder that has no layer (add it to LAYERS)` });
        } else if (LAYERS[target] >= LAYERS[folder]) {
            violations.push({
                file, line,
                message: `imports '${specifier}': ${folder} (layer ${LAYERS[folder]}) may not import ${target} (layer ${LAYERS[target]})`
            });
        }
    }
    return violations;
}

/** `src/model/export/x.ts` → `model`. */
function topFolder(file: string): string {
    return posix.normalize(file).split('/')[1] ?? '';
}

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? sourceFiles(path) : /\.(ts|cjs|mjs)$/.test(entry.name) ? [path] : [];
    });
}

describe('layers', () => {
    it('has no import in src/ that points up or sideways', () => {
        const files = sourceFiles(src);
        assert.ok(files.length > 50, `found only ${files.length} files under src/`);
        const violations = files.flatMap(path => {
            const file = relative(root, path).split('\\').join('/');
            return layerViolations(file, readFileSync(path, 'utf8'));
        });
        assert.deepEqual(violations.map(v => `${v.file}:${v.line}: ${v.message}`), []);
    });

    it('gives every folder of src/ a layer', () => {
        const folders = readdirSync(src, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name);
        assert.deepEqual(folders.filter(folder => !(folder in LAYERS)), []);
    });

    it('names the file and line of an upward import', () => {
        const text = [
            "import type { JourneyView } from '../view-model.js';",
            '',
            'import {',
            '    indexModel',
            "} from '../../render/render-context.js';"
        ].join('\n');
        assert.deepEqual(layerViolations('src/model/export/export-markdown.ts', text), [{
            file: 'src/model/export/export-markdown.ts',
            line: 5,
            message: "imports '../../render/render-context.js': model (layer 1) may not import render (layer 2)"
        }]);
    });

    it('catches the upward imports this rule was written against', () => {
        const cases: Array<[string, string]> = [
            ['src/language/lsp-protocol.ts', "import type { JourneyMapModel } from '../model/view-model.js';"],
            ['src/model/export/export-markdown.ts', "import { STATUS_WORDS } from '../../render/words.js';"],
            ['src/cli/preview-server.ts', "import type { HostMessage } from '../webview/protocol.js';"],
            ['src/server/main.ts', "export { x } from '../extension/extension.js';"],
            ['src/render/lazy.ts', "const m = await import('../webview/preview-app.js');"],
            ['src/language/journey-module.ts', "import * as vscode from 'vscode';"]
        ];
        for (const [file, text] of cases) {
            assert.equal(layerViolations(file, text).length, 1, `${file}: ${text}`);
        }
    });

    it('allows imports within a folder and down the layers', () => {
        const text = [
            "import { x } from './sibling.js';",
            "import { y } from '../../language/vocabulary.js';",
            "import { z } from '../view-model.js';",
            "import { URI } from 'langium';"
        ].join('\n');
        assert.deepEqual(layerViolations('src/model/diff/journey-diff.ts', text), []);
    });
});
