import {
    AstUtils, CstUtils, DefaultReferenceDescriptionProvider, isReference, UriUtils,
    type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type ReferenceInfo
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAst } from './ast-walk.js';
import type { Stage } from './generated/ast.js';
import { keepsStage, type IncrementalBuild } from './incremental-build.js';
import type { JourneySharedCoreServices } from './journey-core-module.js';

/**
 * Langium's index of a document's references, walking the AST without streams (see
 * ast-walk.ts). Each stage's descriptions are kept apart: after a one-stage splice
 * (incremental-build.ts), a stage the edit left alone, whose references all resolve as
 * before, takes them from the build before. A description's segment is read from its
 * reference's CST node when asked for, so it follows the text after the edit.
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly incremental: IncrementalBuild;
    private readonly stageDescriptions = new WeakMap<Stage, { generation: number; descriptions: ReferenceDescription[] }>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.incremental = (services.shared as JourneySharedCoreServices).workspace.IncrementalBuild;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const { generation, reuse, from } = this.incremental.beginIndexing(document);
        const descriptions: ReferenceDescription[] = [];
        const collect = (node: Parameters<typeof forEachReference>[0]) => {
            forEachReference(node, info => {
                if (!info.reference.error) {
                    for (const description of this.createInfoDescriptions(info)) descriptions.push(description);
                }
            });
        };
        await walkAst(document.parseResult.value, cancelToken, node => {
            if (node.$type !== 'Stage') {
                collect(node);
                return true;
            }
            const stage = node as Stage;
            const cached = this.stageDescriptions.get(stage);
            if (cached && cached.generation === from && keepsStage(reuse, stage)) {
                for (const description of cached.descriptions) descriptions.push(description);
                cached.generation = generation;
                return false;
            }
            const start = descriptions.length;
            return walkAst(stage, cancelToken, collect).then(() => {
                this.stageDescriptions.set(stage, { generation, descriptions: descriptions.slice(start) });
                return false;
            });
        });
        return descriptions;
    }

    override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        const refNode = reference.$refNode;
        if (!isReference(reference) || !refNode) {
            return super.createInfoDescriptions(refInfo);
        }
        const target = reference.$nodeDescription;
        if (reference.error || !target) {
            return [];
        }
        const sourceUri = AstUtils.getDocument(refInfo.container).uri;
        return [{
            sourceUri,
            sourcePath: this.nodeLocator.getAstNodePath(refInfo.container),
            targetUri: target.documentUri,
            targetPath: target.path,
            get segment() {
                return CstUtils.toDocumentSegment(refNode);
            },
            local: UriUtils.equals(target.documentUri, sourceUri)
        }];
    }
}
