import { AstUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import {
    isEvidence, isJourney, isKpi, isOwner, isPersona,
    type BackstageProperty, type Evidence, type Journey, type JourneyFile, type Kpi, type OpportunityProperty, type Owner,
    type PainProperty, type Persona, type Quantity, type Stage, type SupportProperty, type Touchpoint
} from '../language/generated/ast.js';
import {
    backstageOf, channelOf, contactOf, continuesOf, currentOf, dateOf, descriptionOf, emotionOf, goalOf, measuresOf, needOf,
    nextOf, opportunitiesOf, ownerOf, painsOf, personaEmotionsOf, personaGoalsOf, personaNeedsOf, personaPainsOf, personasOf,
    sampleOf, sourceOf, supportOf, targetOf, unitOf, urlOf
} from '../language/element-properties.js';
import { effectiveOwner, emotionValue, formatQuantity, kpiStatus, quantityValue } from '../language/semantics.js';
import {
    VIEW_MODEL_VERSION,
    type CitationView, type Comparator, type ContinuesView, type EvidenceView, type JourneyMapModel, type JourneyView,
    type KpiView, type OwnerView, type PersonaEmotionView, type PersonaSource, type PersonaView, type QuantityView, type Range,
    type ServiceItemView, type SourceLocation, type StageView, type SyntaxProblem, type TargetView, type TouchpointView,
    type ViewReference
} from './view-model.js';
import { nameNode } from '../language/journey-cst.js';
import { syntaxErrorRanges } from '../language/syntax-error-position.js';

type Definition = Owner | Persona | Kpi | Evidence;

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Builds the view model of a linked document. Pure: reads the AST (and the
 * definitions it references in other documents) and returns plain JSON.
 *
 * With a cache (one per document, kept from one build to the next), a stage whose
 * AST node is the one of the last build (an edit in another stage re-parses only that
 * stage: src/language/stage-splice.ts) keeps its view, the same object, when nothing it
 * was built from has changed: its position in the text, the targets of the references
 * it reads, and the ids it was given. Otherwise it is built again. Either way the model
 * equals one built without a cache (the fuzzer compares them); a delta of models that
 * share their unchanged stages is cheap to compute.
 */
export function buildViewModel(document: LangiumDocument, documentVersion = document.textDocument.version, cache?: ViewModelCache): JourneyMapModel {
    return new ViewModelBuilder(document, cache).build(documentVersion);
}

/** What a stage's view was built from, to tell whether it still holds. */
interface StageRecord {
    view: StageView;
    /** The stage's range in the text: the positions of everything in it, as the AST under it is the same. */
    range: Range;
    /** Each reference read, and its target then. */
    references: Array<[Reference, AstNode | undefined]>;
    /** Each id asked for, in order, and the id given: asked for again in the same order, they must come out the same. */
    ids: IdRequest[];
}

type IdRequest =
    | { kind: 'unique'; base: string; id: string }
    | { kind: 'definition'; node: Definition; id: string }
    | { kind: 'touchpoint'; node: Touchpoint; stagePath: string | undefined; id: string };

/** The stage views of a document's last build, for the next build of the same document. */
export class ViewModelCache {
    private root: AstNode | undefined;
    private stages = new WeakMap<Stage, StageRecord>();
    /** How many stage views the last build kept, and built. */
    readonly last = { kept: 0, built: 0 };

    /** The records of the last build, if it was of the same AST root (a whole new parse shares no stage). */
    begin(root: AstNode): WeakMap<Stage, StageRecord> {
        if (root !== this.root) {
            this.root = root;
            this.stages = new WeakMap();
        }
        this.last.kept = 0;
        this.last.built = 0;
        return this.stages;
    }
}

class ViewModelBuilder {
    private readonly root: JourneyFile;
    private readonly uri: string;
    /** Definitions to list (own and referenced), each with its id once assigned. */
    private readonly definitions = new Map<Definition, string>();
    private readonly touchpointIds = new Map<Touchpoint, string>();
    private readonly usedIds = new Set<string>();
    /** The stage being built, recording what its view is built from. */
    private recording: StageRecord | undefined;
    /**
     * The references and nodes the stage being built has recorded: each once (the first
     * time decides; a node asked for again has its id by then, and a reference read again leads where it led).
     */
    private readonly recorded = new Set<unknown>();
    private readonly records: WeakMap<Stage, StageRecord> | undefined;

    constructor(private readonly document: LangiumDocument, private readonly cache?: ViewModelCache) {
        this.root = document.parseResult.value as JourneyFile;
        this.uri = document.uri.toString();
        this.records = cache?.begin(this.root);
    }

    build(documentVersion: number): JourneyMapModel {
        const elements = this.root.elements ?? [];
        // Own definitions first, so that their ids win over same-named ones elsewhere.
        for (const element of elements) {
            if (isOwner(element) || isPersona(element) || isKpi(element) || isEvidence(element)) {
                this.definitionId(element);
            }
        }
        const journeys = elements.filter(isJourney).map(journey => this.journey(journey));
        const owners: OwnerView[] = [];
        const personas: PersonaView[] = [];
        const kpis: KpiView[] = [];
        const evidence: EvidenceView[] = [];
        // Listing a KPI may add its owner; iterate over a snapshot until nothing is new.
        const listed = new Set<Definition>();
        while (listed.size < this.definitions.size) {
            for (const definition of [...this.definitions.keys()]) {
                if (listed.has(definition)) {
                    continue;
                }
                listed.add(definition);
                if (isOwner(definition)) {
                    owners.push(this.owner(definition));
                } else if (isPersona(definition)) {
                    personas.push(this.persona(definition));
                } else if (isEvidence(definition)) {
                    evidence.push(this.evidence(definition));
                } else {
                    kpis.push(this.kpi(definition));
                }
            }
        }
        return {
            version: VIEW_MODEL_VERSION,
            uri: this.uri,
            documentVersion,
            journeys,
            owners: sortByName(owners),
            personas: sortByName(personas),
            kpis: sortByName(kpis),
            evidence: sortByName(evidence),
            syntaxErrors: syntaxErrors(this.document)
        };
    }

    private journey(journey: Journey): JourneyView {
        const name = journey.name ?? '';
        return {
            id: this.uniqueId(`journey:${name}`),
            kind: 'journey',
            ...this.naming(journey),
            source: this.source(journey),
            description: descriptionOf(journey),
            owner: this.reference(ownerOf(journey)),
            personas: personasOf(journey).map(ref => this.reference(ref)!),
            stages: journey.stages.map(stage => this.stage(stage, name))
        };
    }

    private stage(stage: Stage, journeyName: string): StageView {
        if (!this.records || !this.cache) {
            return this.buildStage(stage, journeyName);
        }
        const range = stage.$cstNode?.range ?? EMPTY_RANGE;
        const previous = this.records.get(stage);
        if (previous && sameRange(previous.range, range) && this.replay(previous)) {
            this.cache.last.kept++;
            return previous.view;
        }
        const record: StageRecord = { view: undefined as unknown as StageView, range: copyRange(range), references: [], ids: [] };
        this.recording = record;
        try {
            record.view = this.buildStage(stage, journeyName);
        } finally {
            this.recording = undefined;
            this.recorded.clear();
        }
        this.records.set(stage, record);
        this.cache.last.built++;
        return record.view;
    }

    /**
     * Whether a stage's view of the last build holds now: its references lead where they led,
     * and its ids, asked for again in the same order, come out the same (they are then given,
     * as a build of the stage would give them; else nothing is given and the stage is built).
     */
    private replay(record: StageRecord): boolean {
        if (record.references.some(([reference, target]) => reference.ref !== target)) {
            return false;
        }
        const given = { used: [] as string[], definitions: [] as Definition[], touchpoints: [] as Touchpoint[] };
        const same = record.ids.every(request => {
            switch (request.kind) {
                case 'unique': {
                    const id = this.uniqueId(request.base);
                    given.used.push(id);
                    return id === request.id;
                }
                case 'definition': {
                    if (this.definitions.has(request.node)) {
                        return this.definitions.get(request.node) === request.id;
                    }
                    const id = this.definitionId(request.node);
                    given.used.push(id);
                    given.definitions.push(request.node);
                    return id === request.id;
                }
                case 'touchpoint': {
                    if (this.touchpointIds.has(request.node)) {
                        return this.touchpointIds.get(request.node) === request.id;
                    }
                    const id = this.touchpointId(request.node, request.stagePath);
                    given.used.push(id);
                    given.touchpoints.push(request.node);
                    return id === request.id;
                }
            }
        });
        if (!same) {
            given.used.forEach(id => this.usedIds.delete(id));
            given.definitions.forEach(node => this.definitions.delete(node));
            given.touchpoints.forEach(node => this.touchpointIds.delete(node));
        }
        return same;
    }

    private recordReference(reference: Reference, target: AstNode | undefined): void {
        if (this.recording && !this.recorded.has(reference)) {
            this.recorded.add(reference);
            this.recording.references.push([reference, target]);
        }
    }

    private buildStage(stage: Stage, journeyName: string): StageView {
        const path = `${journeyName}.${stage.name ?? ''}`;
        const id = this.uniqueId(`stage:${path}`);
        this.recording?.ids.push({ kind: 'unique', base: `stage:${path}`, id });
        return {
            id,
            kind: 'stage',
            ...this.naming(stage),
            source: this.source(stage),
            owner: this.reference(ownerOf(stage)),
            goal: goalOf(stage),
            need: needOf(stage),
            emotion: emotionValue(emotionOf(stage)),
            personaEmotions: this.personaEmotions(stage),
            personas: personasOf(stage).map(ref => this.reference(ref)!),
            pains: painsOf(stage).map(pain => written(pain.text)),
            opportunities: opportunitiesOf(stage).map(opportunity => written(opportunity.text)),
            citations: this.citations(painsOf(stage), opportunitiesOf(stage)),
            measures: measuresOf(stage).map(ref => this.reference(ref)!),
            touchpoints: stage.touchpoints.map(touchpoint => this.touchpoint(touchpoint, path))
        };
    }

    private touchpoint(touchpoint: Touchpoint, stagePath: string): TouchpointView {
        const inherited = effectiveOwner(touchpoint);
        const view: TouchpointView = {
            id: this.touchpointId(touchpoint, stagePath),
            kind: 'touchpoint',
            ...this.naming(touchpoint),
            source: this.source(touchpoint),
            qualifiedName: `${touchpoint.$container?.name ?? ''}.${touchpoint.name ?? ''}`,
            channel: channelOf(touchpoint),
            owner: this.reference(ownerOf(touchpoint)),
            effectiveOwner: inherited ? { ...this.reference(inherited.reference)!, from: inherited.from } : undefined,
            emotion: emotionValue(emotionOf(touchpoint)),
            personaEmotions: this.personaEmotions(touchpoint),
            personas: personasOf(touchpoint).map(ref => this.reference(ref)!),
            passedBy: [],
            pains: painsOf(touchpoint).map(pain => written(pain.text)),
            opportunities: opportunitiesOf(touchpoint).map(opportunity => written(opportunity.text)),
            citations: this.citations(painsOf(touchpoint), opportunitiesOf(touchpoint)),
            measures: measuresOf(touchpoint).map(ref => this.reference(ref)!),
            next: undefined,
            backstage: backstageOf(touchpoint).map(item => this.serviceItem(item)),
            support: supportOf(touchpoint).map(item => this.serviceItem(item)),
            continues: this.continues(touchpoint)
        };
        this.passedBy(touchpoint, view);
        const next = nextOf(touchpoint);
        if (next) {
            const target = next.ref;
            this.recordReference(next, target);
            view.next = {
                name: next.$refText,
                resolved: target !== undefined,
                targetId: target && sameDocument(target, this.root) ? this.touchpointId(target) : undefined
            };
        }
        return view;
    }

    private personaEmotions(element: Stage | Touchpoint): PersonaEmotionView[] {
        return personaEmotionsOf(element).map(property => ({ persona: this.reference(property.persona)!, emotion: emotionValue(property)! }))
            .filter(entry => entry.emotion !== undefined);
    }

    private citations(pains: PainProperty[], opportunities: OpportunityProperty[]): CitationView[] {
        const cited = (on: CitationView['on'], notes: Array<PainProperty | OpportunityProperty>) => notes.flatMap((note, index) =>
            note.evidence.length === 0 ? [] : [{ on, index, text: written(note.text), evidence: note.evidence.map(ref => this.reference(ref)!) }]);
        return [...cited('pain', pains), ...cited('opportunity', opportunities)];
    }

    private serviceItem(item: BackstageProperty | SupportProperty): ServiceItemView {
        const view: ServiceItemView = { text: written(item.text) };
        if (item.owner) {
            view.owner = this.reference(item.owner);
        }
        return view;
    }

    private continues(touchpoint: Touchpoint): ContinuesView | undefined {
        const written = continuesOf(touchpoint);
        if (!written?.journey) {
            return undefined;
        }
        const journey = written.journey.ref;
        this.recordReference(written.journey, journey);
        const view: ContinuesView = {
            journey: { name: written.journey.$refText, resolved: journey !== undefined, targetId: journey ? `journey:${journey.name}` : undefined },
            sameDocument: journey !== undefined && sameDocument(journey, this.root)
        };
        if (written.stage) {
            const stage = written.stage.ref;
            this.recordReference(written.stage, stage);
            view.stage = {
                name: written.stage.$refText,
                resolved: stage !== undefined,
                targetId: stage ? `stage:${stage.$container?.name ?? ''}.${stage.name}` : undefined
            };
        }
        return view;
    }

    /** Who passes a touchpoint: its own personas, else its stage's, else its journey's; plus those who feel something here. */
    private passedBy(touchpoint: Touchpoint, view: TouchpointView): void {
        const stage = touchpoint.$container;
        const sources: Array<[PersonaSource, ViewReference[]]> = [
            ['touchpoint', view.personas],
            ['stage', personasOf(stage).map(ref => this.reference(ref)!)],
            ['journey', personasOf(stage?.$container).map(ref => this.reference(ref)!)]
        ];
        const found = sources.find(([, personas]) => personas.length > 0);
        const seen = new Set<string>();
        for (const persona of [...found?.[1] ?? [], ...view.personaEmotions.map(entry => entry.persona)]) {
            const key = persona.targetId ?? `unresolved:${persona.name}`;
            if (!seen.has(key)) {
                seen.add(key);
                view.passedBy.push(persona);
            }
        }
        if (found) {
            view.passedByFrom = found[0];
        } else if (view.passedBy.length > 0) {
            view.passedByFrom = 'touchpoint';
        }
    }

    private evidence(evidence: Evidence): EvidenceView {
        return {
            id: this.definitions.get(evidence)!,
            kind: 'evidence',
            ...this.naming(evidence),
            source: this.source(evidence),
            ...definedOnly({ origin: sourceOf(evidence), date: dateOf(evidence), url: urlOf(evidence), sample: sampleOf(evidence) })
        };
    }

    private owner(owner: Owner): OwnerView {
        return {
            id: this.definitions.get(owner)!,
            kind: 'owner',
            ...this.naming(owner),
            source: this.source(owner),
            contact: contactOf(owner),
            description: descriptionOf(owner)
        };
    }

    private persona(persona: Persona): PersonaView {
        return {
            id: this.definitions.get(persona)!,
            kind: 'persona',
            ...this.naming(persona),
            source: this.source(persona),
            description: descriptionOf(persona),
            goals: personaGoalsOf(persona).map(written),
            needs: personaNeedsOf(persona).map(written),
            pains: personaPainsOf(persona).map(written)
        };
    }

    private kpi(kpi: Kpi): KpiView {
        return {
            id: this.definitions.get(kpi)!,
            kind: 'kpi',
            ...this.naming(kpi),
            source: this.source(kpi),
            description: descriptionOf(kpi),
            owner: this.reference(ownerOf(kpi)),
            target: target(kpi),
            current: quantity(currentOf(kpi), unitOf(kpi)),
            unit: unitOf(kpi),
            status: kpiStatus(kpi)
        };
    }

    private reference(ref: Reference<Definition> | undefined): ViewReference | undefined {
        if (!ref) {
            return undefined;
        }
        const target = ref.ref;
        this.recordReference(ref, target);
        return {
            name: ref.$refText,
            resolved: target !== undefined,
            targetId: target ? this.definitionId(target) : undefined
        };
    }

    private definitionId(definition: Definition): string {
        let id = this.definitions.get(definition);
        if (id === undefined) {
            id = this.uniqueId(`${definition.$type.toLowerCase()}:${definition.name ?? ''}`);
            this.definitions.set(definition, id);
        }
        if (this.recording && !this.recorded.has(definition)) {
            this.recorded.add(definition);
            this.recording.ids.push({ kind: 'definition', node: definition, id });
        }
        return id;
    }

    /** A `next` may point forward, so touchpoint ids are assigned on first sight. */
    private touchpointId(touchpoint: Touchpoint, stagePath?: string): string {
        let id = this.touchpointIds.get(touchpoint);
        if (id === undefined) {
            const stage = touchpoint.$container;
            const path = stagePath ?? `${stage?.$container?.name ?? ''}.${stage?.name ?? ''}`;
            id = this.uniqueId(`touchpoint:${path}.${touchpoint.name ?? ''}`);
            this.touchpointIds.set(touchpoint, id);
        }
        if (this.recording && !this.recorded.has(touchpoint)) {
            this.recorded.add(touchpoint);
            this.recording.ids.push({ kind: 'touchpoint', node: touchpoint, stagePath, id });
        }
        return id;
    }

    /** Duplicate names are an error the user sees; the map still needs distinct ids. */
    private uniqueId(base: string): string {
        let id = base;
        for (let n = 2; this.usedIds.has(id); n++) {
            id = `${base}~${n}`;
        }
        this.usedIds.add(id);
        return id;
    }

    private naming(node: { name?: string; title?: string }): { name: string; title: string; hasTitle: boolean } {
        const name = node.name ?? '';
        return { name, title: node.title ?? name, hasTitle: node.title !== undefined };
    }

    private source(node: AstNode & { name?: string }): SourceLocation {
        const uri = sameDocument(node, this.root) ? this.uri : AstUtils.getDocument(node).uri.toString();
        const range = node.$cstNode?.range ?? EMPTY_RANGE;
        return { uri, range: copyRange(range), selection: copyRange(nameNode(node)?.range ?? range) };
    }
}

function sameDocument(node: AstNode, root: JourneyFile): boolean {
    return AstUtils.findRootNode(node) === root;
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function copyRange(range: Range): Range {
    return {
        start: { line: range.start.line, character: range.start.character },
        end: { line: range.end.line, character: range.end.character }
    };
}

function quantity(value: Quantity | undefined, unit: string | undefined): QuantityView | undefined {
    const number = quantityValue(value);
    if (number === undefined) {
        return undefined;
    }
    return { value: number, percent: value!.percent, text: formatQuantity(value, unit)! };
}

function target(kpi: Kpi): TargetView | undefined {
    const written = targetOf(kpi);
    const view = quantity(written?.quantity, unitOf(kpi));
    if (!view) {
        return undefined;
    }
    return { ...view, comparator: (written?.comparator ?? '>=') as Comparator, comparatorWritten: written?.comparator !== undefined };
}

/**
 * Read from the parse itself, never from `document.diagnostics`: journey.config.json
 * filters those (an ignored file has none), but a broken parse must always show as one.
 */
function syntaxErrors(document: LangiumDocument): SyntaxProblem[] {
    return syntaxErrorRanges(document).map(error => ({ message: error.message, range: copyRange(error.range) }));
}

/** The fields that are written, so that absent ones stay absent in the JSON. */
function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function sortByName<T extends { name: string; id: string }>(items: T[]): T[] {
    return items.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A note's text while it is still being typed (`pain` without its string yet) is empty, not missing: the model stays a valid one. */
function written(text: string | undefined): string {
    return text ?? '';
}
