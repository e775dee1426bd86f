import { DefaultIndexManager, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

/**
 * Langium's index, answering "does this document refer into one of the changed ones?"
 * from the set of other documents it refers to, made once per indexing of its references.
 * Langium asks it of every document of the workspace on every keystroke; scanning each
 * one's references every time is, in a 200-file workspace, a good part of a keystroke.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private readonly referredDocuments = new WeakMap<ReferenceDescription[], Set<string>>();

    /**
     * Off: no document's references are indexed. `journey check` turns it off: it builds
     * its documents once and asks nothing of the index (no find-references, no rename, no
     * update), and describing every reference was a tenth of its time on a large file.
     * The exported symbols that references resolve through, across files too, are indexed as ever.
     */
    indexesReferences = true;

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (this.indexesReferences) {
            return super.updateReferences(document, cancelToken);
        }
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const references = this.referenceIndex.get(document.uri.toString());
        if (!references) {
            return false;
        }
        let referred = this.referredDocuments.get(references);
        if (!referred) {
            referred = new Set();
            for (const reference of references) {
                if (!reference.local) {
                    referred.add(reference.targetUri.toString());
                }
            }
            this.referredDocuments.set(references, referred);
        }
        const [smaller, larger] = referred.size < changedUris.size ? [referred, changedUris] : [changedUris, referred];
        for (const uri of smaller) {
            if (larger.has(uri)) {
                return true;
            }
        }
        return false;
    }
}
