import { DefaultLinker, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAst } from './ast-walk.js';

/** Langium's linker, walking the AST without streams (see ast-walk.ts); the same links in the same order. */
export class JourneyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await walkAst(document.parseResult.value, cancelToken, node => {
            forEachReference(node, ref => this.doLink(ref, document));
        });
    }
}
