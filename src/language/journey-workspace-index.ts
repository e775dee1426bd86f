import {
    AstUtils, DocumentCache, WorkspaceCache,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager,
    type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices, type Reference
} from 'langium';
import {
    BackstageProperty, EmotionProperty, isJourney, isJourneyFile, isKpi, MeasuresProperty, OpportunityProperty,
    OwnerProperty, PainProperty, PersonaProperty, SupportProperty,
    type Evidence, type Kpi, type Owner, type Persona, type Stage
} from './generated/ast.js';
import { groupByKey } from './group-by-key.js';

/**
 * Workspace-wide facts that validation needs for top-level definitions: which
 * names are defined more than once, and which definitions something references.
 * References are collected per document (kept until that document changes) and
 * merged once per build, so a one-file change does not rescan the workspace.
 */
export class JourneyWorkspaceIndex {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly definitions: WorkspaceCache<'definitions', Map<string, AstNodeDescription[]>>;
    private readonly referencedNames: WorkspaceCache<'referenced', Set<string>>;
    private readonly documentReferences: DocumentCache<'references', string[]>;

    constructor(shared: LangiumSharedCoreServices, locator: AstNodeLocator) {
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = locator;
        this.definitions = new WorkspaceCache(shared);
        this.referencedNames = new WorkspaceCache(shared);
        this.documentReferences = new DocumentCache(shared);
    }

    /** All exported definitions of this kind and name, across the workspace. */
    definitionsNamed(type: string, name: string): AstNodeDescription[] {
        const table = this.definitions.get('definitions', () =>
            groupByKey(this.indexManager.allElements(), description => definitionKey(description.type, description.name)));
        return table.get(definitionKey(type, name)) ?? [];
    }

    /** The other definitions of the same kind and name as this one. */
    duplicatesOf(node: AstNode & { name: string }): AstNodeDescription[] {
        const all = this.definitionsNamed(node.$type, node.name);
        if (all.length < 2) {
            return [];
        }
        const key = `${AstUtils.getDocument(node).uri.toString()}#${this.locator.getAstNodePath(node)}`;
        return all.filter(other => `${other.documentUri.toString()}#${other.path}` !== key);
    }

    /**
     * Whether anything in the workspace refers to this owner, persona, KPI or evidence by name.
     * By name, not by resolved target: a duplicated name is an error of its own.
     */
    isReferenced(node: Owner | Persona | Kpi | Evidence): boolean {
        const names = this.referencedNames.get('referenced', () => {
            const all = new Set<string>();
            for (const document of this.documents.all) {
                for (const key of this.documentReferences.get(document.uri, 'references', () => referencesOf(document))) {
                    all.add(key);
                }
            }
            return all;
        });
        return names.has(definitionKey(node.$type, node.name));
    }
}

function definitionKey(type: string, name: string): string {
    return `${type}\u0000${name}`;
}

/** `Type\0name` of every owner, persona, KPI and evidence reference in the document. */
function referencesOf(document: LangiumDocument): string[] {
    const root = document.parseResult?.value;
    if (!isJourneyFile(root)) {
        return [];
    }
    const keys = new Set<string>();
    const add = (type: string, reference: Reference | undefined) => {
        if (reference) {
            keys.add(definitionKey(type, reference.$refText));
        }
    };
    const addProperties = (element: { props: readonly AstNode[] }) => {
        for (const property of element.props) {
            for (const [type, reference] of definitionReferences(property)) {
                add(type, reference);
            }
        }
    };
    for (const element of root.elements) {
        if (isKpi(element)) {
            addProperties(element);
        } else if (isJourney(element)) {
            addProperties(element);
            for (const stage of element.stages) {
                for (const key of stageReferences(stage)) keys.add(key);
            }
        }
    }
    return [...keys];
}

/**
 * The keys of one stage's references, kept with the stage node: a keystroke re-parses one
 * stage (stage-splice.ts) and leaves the others' nodes, and so their references, as they were.
 */
const stageKeys = new WeakMap<Stage, string[]>();

function stageReferences(stage: Stage): string[] {
    let keys = stageKeys.get(stage);
    if (!keys) {
        const found = new Set<string>();
        const addProperties = (element: { props: readonly AstNode[] }) => {
            for (const property of element.props) {
                for (const [type, reference] of definitionReferences(property)) {
                    if (reference) found.add(definitionKey(type, reference.$refText));
                }
            }
        };
        addProperties(stage);
        stage.touchpoints.forEach(addProperties);
        keys = [...found];
        stageKeys.set(stage, keys);
    }
    return keys;
}

/** The references to top-level definitions that one property holds, with their target type. */
function definitionReferences(property: AstNode): Array<[string, Reference | undefined]> {
    switch (property.$type) {
        case OwnerProperty.$type:
        case BackstageProperty.$type:
        case SupportProperty.$type:
            return [['Owner', (property as OwnerProperty | BackstageProperty | SupportProperty).owner]];
        case PersonaProperty.$type:
            return (property as PersonaProperty).personas.map(reference => ['Persona', reference]);
        case EmotionProperty.$type:
            return [['Persona', (property as EmotionProperty).persona]];
        case MeasuresProperty.$type:
            return (property as MeasuresProperty).kpis.map(reference => ['Kpi', reference]);
        case PainProperty.$type:
        case OpportunityProperty.$type:
            return (property as PainProperty | OpportunityProperty).evidence.map(reference => ['Evidence', reference]);
        default:
            return [];
    }
}
