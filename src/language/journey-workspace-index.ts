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
    const elements = root.elements;
    for (let i = 0; i < elements.length; i++) {
        const element = elements[i];
        if (isKpi(element)) {
            addPropertyReferences(element, keys);
        } else if (isJourney(element)) {
            addPropertyReferences(element, keys);
            const stages = element.stages;
            for (let j = 0; j < stages.length; j++) {
                const stageKeys = stageReferences(stages[j]);
                for (let k = 0; k < stageKeys.length; k++) keys.add(stageKeys[k]);
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
        addPropertyReferences(stage, found);
        const touchpoints = stage.touchpoints;
        for (let i = 0; i < touchpoints.length; i++) {
            addPropertyReferences(touchpoints[i], found);
        }
        keys = [...found];
        stageKeys.set(stage, keys);
    }
    return keys;
}

/**
 * Adds the keys of the references to top-level definitions that the element's properties
 * hold. Indexed loops, no list per property: this runs over every property of a large
 * journey once in `journey check`, where little of its code is optimised yet.
 */
function addPropertyReferences(element: { props: readonly AstNode[] }, keys: Set<string>): void {
    const props = element.props;
    for (let i = 0; i < props.length; i++) {
        const property = props[i];
        switch (property.$type) {
            case OwnerProperty.$type:
            case BackstageProperty.$type:
            case SupportProperty.$type:
                addKey(keys, 'Owner', (property as OwnerProperty | BackstageProperty | SupportProperty).owner);
                break;
            case PersonaProperty.$type:
                addKeys(keys, 'Persona', (property as PersonaProperty).personas);
                break;
            case EmotionProperty.$type:
                addKey(keys, 'Persona', (property as EmotionProperty).persona);
                break;
            case MeasuresProperty.$type:
                addKeys(keys, 'Kpi', (property as MeasuresProperty).kpis);
                break;
            case PainProperty.$type:
            case OpportunityProperty.$type:
                addKeys(keys, 'Evidence', (property as PainProperty | OpportunityProperty).evidence);
                break;
        }
    }
}

function addKey(keys: Set<string>, type: string, reference: Reference | undefined): void {
    if (reference) {
        keys.add(definitionKey(type, reference.$refText));
    }
}

function addKeys(keys: Set<string>, type: string, references: readonly Reference[]): void {
    for (let i = 0; i < references.length; i++) {
        addKey(keys, type, references[i]);
    }
}
