import { DefaultIndexManager, type LangiumDocument, type ReferenceDescription } from 'langium';

/**
 * Langium's index, answering "does this document refer into one of the changed ones?"
 * from the set of other documents it refers to, made once per indexing of its references.
 * Langium asks it of every document of the workspace on every keystroke; scanning each
 * one's references every time is, in a 200-file workspace, a good part of a keystroke.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private readonly referredDocuments = new WeakMap<ReferenceDescription[], Set<string>>();

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
