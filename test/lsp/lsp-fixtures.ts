import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { JourneyFile } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';

export type Services = ReturnType<typeof createJourneyServices>;

/** Fresh services with `files` built together as one workspace (`file:///workspace/<name>`). */
export async function workspace(files: Record<string, string>): Promise<{
    services: Services;
    Journey: Services['Journey'];
    docs: Record<string, LangiumDocument<JourneyFile>>;
}> {
    const services = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const docs: Record<string, LangiumDocument<JourneyFile>> = {};
    for (const [name, text] of Object.entries(files)) {
        docs[name] = LangiumDocumentFactory.fromString<JourneyFile>(text, URI.parse(`file:///workspace/${name}`));
        LangiumDocuments.addDocument(docs[name]);
    }
    await DocumentBuilder.build(Object.values(docs), { validation: true });
    return { services, Journey: services.Journey, docs };
}

/** The position of the `occurrence`-th `needle` in the document, moved `delta` characters. */
export function positionOf(document: LangiumDocument, needle: string, delta = 0, occurrence = 1): Position {
    const text = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' (#${occurrence}) not in ${document.uri}`);
    }
    return document.textDocument.positionAt(index + delta);
}

export function at(document: LangiumDocument, needle: string, delta = 0, occurrence = 1) {
    return { textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta, occurrence) };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'journey', 1, text), edits);
}

/** The texts of all documents after a workspace edit, by file name. */
export function applyWorkspaceEdit(docs: Record<string, LangiumDocument>, edit: WorkspaceEdit | null | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of Object.entries(docs)) {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        result[name] = applyEdits(document.textDocument.getText(), edits);
    }
    return result;
}

export const SHARED = `owner Marketing "Marketing team" { contact "marketing@example.com" }
owner Ecommerce "E-commerce team"
persona Buyer "First-time buyer" { goal "Find a painting" }
kpi CTR "Click-through rate" {
    owner Marketing
    target >= 2.5%
    current 1.9%
}
kpi NPS "Net Promoter Score" {
    owner Ecommerce
    target >= 50
    current 60
}
`;
