import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, exampleFiles, FIXTURES } from '../helpers.js';

/** A request at a position of a text that once made the server fail, found by the fuzzer. */
interface Regression {
    found: string;
    failure: string;
    request: 'completion';
    text: string;
    offset: number;
}

const FOLDER = path.join(FIXTURES, 'fuzz-regressions');

describe('fuzzer regressions', () => {
    for (const file of readdirSync(FOLDER).filter(name => name.endsWith('.json'))) {
        const regression = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as Regression;

        it(`${file}: ${regression.request} answers without an error (${regression.failure})`, async () => {
            const shared = exampleFiles().find(f => f.name === 'shared.journey')!;
            const { services, documents } = await buildWorkspace({ 'shared.journey': shared.text, 'fuzzed.journey': regression.text });
            const document = documents['fuzzed.journey'];
            const position = TextDocument.create('file:///x', 'journey', 1, regression.text).positionAt(regression.offset);
            const logged: unknown[] = [];
            const original = console.error;
            console.error = (...args: unknown[]) => logged.push(args);
            try {
                const result = await services.Journey.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
                assert.deepEqual(logged, [], 'nothing logged');
                assert.ok(result && result.items.length > 0, 'some completion is offered');
            } finally {
                console.error = original;
            }
        });
    }
});
