import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createJourneyServices } from '../language/journey-module.js';
import { CompareRequest, type CompareParams, type CompareResult } from '../protocol/lsp-protocol.js';
import { firstSyntaxError } from '../language/syntax-error-position.js';
import { buildViewModel } from '../model/build-view-model.js';
import { diffSnapshots } from '../model/diff/journey-diff.js';
import { snapshotOf } from '../model/diff/journey-snapshot.js';

/**
 * "Compare with HEAD": the semantic diff of an open document against an older
 * text of it. The older text is parsed in a scratch workspace of its own (with
 * copies of the other documents, so its references resolve as they would
 * have), never in the live one, where it would clash with the current text.
 */
export class CompareHandler {
    constructor(private readonly shared: LangiumSharedServices, private readonly connection: Connection) {}

    listen(): void {
        this.connection.onRequest(CompareRequest, async params => {
            try {
                return await this.compare(params);
            } catch (error) {
                // A bug here must not take the language server down with it.
                this.connection.console.error(`journey: compare of ${params.uri} failed: ${error instanceof Error ? error.stack : error}`);
                return { uri: params.uri, model: null, diff: null, error: 'The comparison failed; see the language server output.' };
            }
        });
    }

    async compare(params: CompareParams): Promise<CompareResult> {
        await this.shared.workspace.WorkspaceManager.ready;
        const uri = URI.parse(params.uri);
        // Take what is needed from the live workspace under its lock, then work on copies.
        const live = await this.shared.workspace.WorkspaceLock.read(() => {
            const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
            if (!document) {
                return undefined;
            }
            const others = this.shared.workspace.LangiumDocuments.all
                .filter(other => other.uri.toString() !== uri.toString())
                .map(other => ({ uri: other.uri, text: other.textDocument.getText() }))
                .toArray();
            return { model: buildViewModel(document), head: snapshotOf([document], label), others };
        });
        if (!live) {
            return { uri: params.uri, model: null, diff: null };
        }
        const base = await parseScratch(uri, params.baseText, live.others);
        const error = firstSyntaxError(base);
        if (error) {
            return { uri: params.uri, model: live.model, diff: null, error: `${params.baseLabel}:${error.line}:${error.column}: syntax error: ${error.message}` };
        }
        return { uri: params.uri, model: live.model, diff: diffSnapshots(snapshotOf([base], label), live.head) };
    }
}

async function parseScratch(uri: URI, text: string, others: Array<{ uri: URI; text: string }>): Promise<LangiumDocument> {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
    const base = LangiumDocumentFactory.fromString(text, uri);
    const documents = [base, ...others.map(other => LangiumDocumentFactory.fromString(other.text, other.uri))];
    documents.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(documents, { validation: false });
    return base;
}

/** Changes name the file by its base name: the compare view shows one file. */
function label(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
