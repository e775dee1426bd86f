import {
    DefaultScopeProvider, DocumentCache, EMPTY_SCOPE, stream, AstUtils, CstUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumCoreServices, type NameProvider,
    type ReferenceInfo, type Scope, type Stream, type URI
} from 'langium';
import { isContinuesProperty, isNextProperty, type Journey, type Stage, type Touchpoint } from './generated/ast.js';

/**
 * Owners, personas, KPIs (and journeys) resolve in the workspace-wide index.
 * `next` resolves `Touchpoint` in the same stage or `Stage.Touchpoint` in the same
 * journey, through per-journey name tables built once per document version, so
 * resolving every `next` of a large journey stays linear. `continues Journey.Stage`
 * resolves the journey workspace-wide and the stage within that journey.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    private readonly touchpointTables: DocumentCache<Journey, JourneyTouchpoints>;
    private readonly locator: AstNodeLocator;
    private readonly names: NameProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.touchpointTables = new DocumentCache(services.shared);
        this.locator = services.workspace.AstNodeLocator;
        this.names = services.references.NameProvider;
    }

    override getScope(context: ReferenceInfo): Scope {
        if (isNextProperty(context.container) && context.property === 'next') {
            return this.nextScope(context.container.$container);
        }
        if (isContinuesProperty(context.container) && context.property === 'stage') {
            return this.continuedStageScope(context.container.journey?.ref);
        }
        return this.getGlobalScope(this.reflection.getReferenceType(context), context);
    }

    private continuedStageScope(journey: Journey | undefined): Scope {
        if (!journey) {
            return EMPTY_SCOPE;
        }
        const document = AstUtils.getDocument(journey);
        const table = this.touchpointTables.get(document.uri, journey, () => new JourneyTouchpoints(journey));
        return new StageScope(table, (node, name) => new TargetDescription(node, name, document.uri, this.locator, this.names));
    }

    private nextScope(touchpoint: Touchpoint | undefined): Scope {
        const stage = touchpoint?.$container;
        const journey = stage?.$container;
        if (!journey) {
            return EMPTY_SCOPE;
        }
        const document = AstUtils.getDocument(journey);
        const table = this.touchpointTables.get(document.uri, journey, () => new JourneyTouchpoints(journey));
        return new TouchpointScope(table, stage, (node, name) => new TargetDescription(node, name, document.uri, this.locator, this.names));
    }
}

/**
 * A stage or touchpoint found by name, described as Langium's `createDescription`
 * describes it, with its path and segments worked out when first read: linking reads
 * none of them (the reference index reads the path), and `journey check`, which indexes
 * no references, resolves a `next` on almost every touchpoint of a large journey.
 */
export class TargetDescription implements AstNodeDescription {
    readonly type: string;
    private knownPath: string | undefined;
    private knownSelection: DocumentSegment | undefined;
    private knownNameSegment: DocumentSegment | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.knownPath ??= this.locator.getAstNodePath(this.node);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.knownSelection ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.knownNameSegment ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }
}

/** Name tables of one journey: its stages, and each stage's touchpoints. */
export class JourneyTouchpoints {
    readonly stages = new Map<string, Stage>();
    readonly touchpoints = new Map<Stage, Map<string, Touchpoint>>();

    constructor(journey: Journey) {
        for (const stage of journey.stages) {
            if (!this.stages.has(stage.name)) {
                this.stages.set(stage.name, stage);
            }
            const byName = new Map<string, Touchpoint>();
            for (const touchpoint of stage.touchpoints) {
                if (!byName.has(touchpoint.name)) {
                    byName.set(touchpoint.name, touchpoint);
                }
            }
            this.touchpoints.set(stage, byName);
        }
    }

    find(name: string, fromStage: Stage): Touchpoint | undefined {
        const dot = name.indexOf('.');
        if (dot < 0) {
            return this.touchpoints.get(fromStage)?.get(name);
        }
        const stage = this.stages.get(name.slice(0, dot));
        return stage ? this.touchpoints.get(stage)?.get(name.slice(dot + 1)) : undefined;
    }
}

/** The stages of one journey, by their own names. */
class StageScope implements Scope {
    constructor(
        private readonly table: JourneyTouchpoints,
        private readonly describe: (node: Stage, name: string) => AstNodeDescription
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        const stage = this.table.stages.get(name);
        return stage ? this.describe(stage, name) : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.table.stages.values()).map(stage => this.describe(stage, stage.name));
    }
}

class TouchpointScope implements Scope {
    constructor(
        private readonly table: JourneyTouchpoints,
        private readonly stage: Stage,
        private readonly describe: (node: Touchpoint, name: string) => AstNodeDescription
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        const target = this.table.find(name, this.stage);
        return target ? this.describe(target, name) : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        const local = stream(this.table.touchpoints.get(this.stage)?.values() ?? [])
            .map(touchpoint => this.describe(touchpoint, touchpoint.name));
        const qualified = stream(this.table.stages.values()).flatMap(stage =>
            stream(this.table.touchpoints.get(stage)?.values() ?? [])
                .map(touchpoint => this.describe(touchpoint, `${stage.name}.${touchpoint.name}`)));
        return local.concat(qualified);
    }
}
