import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MemoryFileSystem } from '../bench/memory-file-system.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import type { JourneyFile } from '../src/language/generated/ast.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = path.join(ROOT, 'examples');
/** Where suites leave files for a person to look at (screenshots, exports): .test-output/. */
export const OUTPUT = path.join(ROOT, '.test-output');

/** A path under .test-output/, its folder created. */
export function outputPath(...parts: string[]): string {
    const file = path.join(OUTPUT, ...parts);
    mkdirSync(path.dirname(file), { recursive: true });
    return file;
}

export function exampleFiles(): Array<{ name: string; text: string }> {
    return readdirSync(EXAMPLES)
        .filter(name => name.endsWith('.journey'))
        .sort()
        .map(name => ({ name, text: readFileSync(path.join(EXAMPLES, name), 'utf8') }));
}

export function workspaceUri(name: string): URI {
    return URI.parse(`file:///workspace/${name}`);
}

/**
 * A fresh in-memory workspace: documents built together, as one project.
 * `change` replaces a file's text and runs the incremental update, as the server does.
 */
export async function buildWorkspace(files: Record<string, string>): Promise<{
    services: ReturnType<typeof createJourneyServices>;
    documents: Record<string, LangiumDocument<JourneyFile>>;
    change(name: string, text: string): Promise<LangiumDocument<JourneyFile>>;
}> {
    const fileSystem = new MemoryFileSystem();
    const services = createJourneyServices({ fileSystemProvider: () => fileSystem });
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents: Record<string, LangiumDocument<JourneyFile>> = {};
    for (const [name, text] of Object.entries(files)) {
        fileSystem.texts.set(workspaceUri(name).toString(), text);
        const document = LangiumDocumentFactory.fromString<JourneyFile>(text, workspaceUri(name));
        LangiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await DocumentBuilder.build(Object.values(documents), { validation: true });
    const change = async (name: string, text: string) => {
        fileSystem.texts.set(workspaceUri(name).toString(), text);
        await DocumentBuilder.update([workspaceUri(name)], []);
        return LangiumDocuments.getDocument(workspaceUri(name)) as LangiumDocument<JourneyFile>;
    };
    return { services, documents, change };
}

/** Diagnostics of one text, alone in its workspace. */
export async function diagnose(text: string, others: Record<string, string> = {}): Promise<Diagnostic[]> {
    const { documents } = await buildWorkspace({ ...others, 'main.journey': text });
    return documents['main.journey'].diagnostics ?? [];
}

export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}

/** Shared definitions that make a journey valid without warnings of their own. */
export const SHARED_DEFINITIONS = `
owner Team "Team"
kpi Speed "Speed" { owner Team target >= 1 current 2 }
`;
