// `node naive-check.cjs FILE...`: the naive baseline's `check`, as its generated CLI
// would be written: load the files into a workspace, build with validation, print
// each diagnostic, exit 1 when there are errors.
// Node 20 has no Object.groupBy, which chevrotain calls while building the parser: the same shim as ours.
import '../../src/polyfills/object-group-by.cjs';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createNaiveServices } from './naive-module.js';

async function main(files: string[]): Promise<number> {
    const { shared } = createNaiveServices(NodeFileSystem);
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(path.resolve(file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    let errors = 0;
    for (const document of documents) {
        for (const d of document.diagnostics ?? []) {
            if (d.severity === 1) errors++;
            process.stdout.write(`${document.uri.fsPath}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}\n`);
        }
    }
    process.stdout.write(`${errors} errors in ${documents.length} files\n`);
    return errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; });
