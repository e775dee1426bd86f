import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAst } from './ast-walk.js';

/** Langium's index of a document's references, walking the AST without streams (see ast-walk.ts). */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkAst(document.parseResult.value, cancelToken, node => {
            forEachReference(node, info => {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            });
        });
        return descriptions;
    }
}
