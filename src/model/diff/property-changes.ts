import type {
    AnyElement, CitationView, ContinuesView, EvidenceView, JourneyView, KpiView, OwnerView, PersonaEmotionView, PersonaView,
    ServiceItemView, StageView, TargetView, TouchpointView, ViewReference
} from '../view-model.js';
import { describeTarget } from '../../language/vocabulary.js';
import type { PropertyChange, PropertyValue } from './diff-model.js';
import type { JourneySnapshot } from './journey-snapshot.js';
import { citationItem, personaEmotionProperty, serviceItem } from './property-items.js';

/** What comparing references needs: both sides, and which new element each old one became. */
export interface MatchContext {
    base: JourneySnapshot;
    head: JourneySnapshot;
    /** Old element id → id of the element it was paired with on the new side. */
    headIdOf: Map<string, string>;
}

type Side = 'base' | 'head';
type Compare<T> = (context: MatchContext, base: T, head: T) => PropertyChange | PropertyChange[] | undefined;

/** The changed properties of a paired element, in the order the language lists them. */
export function propertyChanges(context: MatchContext, base: AnyElement, head: AnyElement): PropertyChange[] {
    const compares = COMPARES[head.kind] as Array<Compare<AnyElement>>;
    return compares.flatMap(compare => compare(context, base, head) ?? []);
}

function text<T>(property: string, get: (element: T) => string | undefined): Compare<T> {
    return (_context, base, head) => {
        const before = get(base);
        const after = get(head);
        return before === after ? undefined : withValues(property, before, after);
    };
}

function emotion<T extends { emotion?: number }>(): Compare<T> {
    return (_context, base, head) => base.emotion === head.emotion ? undefined : withValues('emotion', base.emotion, head.emotion);
}

function list<T>(property: string, get: (element: T) => string[]): Compare<T> {
    return (_context, base, head) => listChange(property, get(base), get(head), get(base), get(head));
}

function reference<T>(property: string, get: (element: T) => ViewReference | undefined): Compare<T> {
    return (context, base, head) => {
        const before = get(base);
        const after = get(head);
        if (referenceKey(context, before, 'base') === referenceKey(context, after, 'head')) {
            return undefined;
        }
        return withValues(property, referenceText(context, before, 'base'), referenceText(context, after, 'head'));
    };
}

function references<T>(property: string, get: (element: T) => ViewReference[]): Compare<T> {
    return (context, base, head) => {
        const before = get(base);
        const after = get(head);
        return listChange(property,
            before.map(ref => referenceKey(context, ref, 'base')!), after.map(ref => referenceKey(context, ref, 'head')!),
            before.map(ref => referenceText(context, ref, 'base')!), after.map(ref => referenceText(context, ref, 'head')!));
    };
}

/** `emotion for P: -1 → -2`, one change per persona whose own emotion changed, in the new side's order. */
function personaEmotions<T extends { personaEmotions: PersonaEmotionView[] }>(): Compare<T> {
    return (context, base, head) => {
        const key = (entry: PersonaEmotionView, side: Side) => referenceKey(context, entry.persona, side)!;
        const before = new Map(base.personaEmotions.map(entry => [key(entry, 'base'), entry]));
        const after = new Map(head.personaEmotions.map(entry => [key(entry, 'head'), entry]));
        const changes: PropertyChange[] = [];
        for (const [personaKey, entry] of after) {
            const old = before.get(personaKey);
            if (old?.emotion !== entry.emotion) {
                changes.push(withValues(personaEmotionProperty(entry.persona.name), old?.emotion, entry.emotion));
            }
        }
        for (const [personaKey, old] of before) {
            if (!after.has(personaKey)) {
                changes.push(withValues(personaEmotionProperty(referenceText(context, old.persona, 'base')!), old.emotion, undefined));
            }
        }
        return changes;
    };
}

/** Evidence cited by the element's pains and opportunities: `Survey2026 for pain "…"`, added or removed. */
function citations<T extends { citations: CitationView[] }>(): Compare<T> {
    return (context, base, head) => {
        const items = (element: T, side: Side) => element.citations.flatMap(citation => citation.evidence.map(ref => ({
            key: `${citation.on}\u0000${citation.text}\u0000${referenceKey(context, ref, side)}`,
            text: citationItem(referenceText(context, ref, side)!, citation.on, citation.text)
        })));
        const before = items(base, 'base');
        const after = items(head, 'head');
        return listChange('evidence', before.map(item => item.key), after.map(item => item.key),
            before.map(item => item.text), after.map(item => item.text));
    };
}

/** `backstage` and `support`: each item by its text and owner. */
function serviceItems<T>(property: string, get: (element: T) => ServiceItemView[]): Compare<T> {
    return (context, base, head) => {
        const keys = (element: T, side: Side) => get(element).map(item => `${item.text}\u0000${referenceKey(context, item.owner, side) ?? ''}`);
        const texts = (element: T, side: Side) => get(element).map(item => serviceItem(item.text, referenceText(context, item.owner, side)));
        return listChange(property, keys(base, 'base'), keys(head, 'head'), texts(base, 'base'), texts(head, 'head'));
    };
}

/** `continues Journey.Stage`, compared through the pairing like any reference. */
const continues: Compare<TouchpointView> = (context, base, head) => {
    const key = (value: ContinuesView | undefined, side: Side) =>
        value ? `${referenceKey(context, value.journey, side)}\u0000${referenceKey(context, value.stage, side) ?? ''}` : undefined;
    const text = (value: ContinuesView | undefined, side: Side) => value
        ? [referenceText(context, value.journey, side), ...value.stage ? [referenceText(context, value.stage, side)] : []].join('.')
        : undefined;
    return key(base.continues, 'base') === key(head.continues, 'head')
        ? undefined : withValues('continues', text(base.continues, 'base'), text(head.continues, 'head'));
};

const title: Compare<AnyElement> = text('title', element => element.hasTitle ? element.title : undefined);

const COMPARES: { [K in AnyElement['kind']]: Array<Compare<Extract<AnyElement, { kind: K }>>> } = {
    journey: [
        title,
        text<JourneyView>('description', j => j.description),
        reference<JourneyView>('owner', j => j.owner),
        references<JourneyView>('personas', j => j.personas)
    ],
    stage: [
        title,
        reference<StageView>('owner', s => s.owner),
        text<StageView>('goal', s => s.goal),
        text<StageView>('need', s => s.need),
        emotion<StageView>(),
        personaEmotions<StageView>(),
        references<StageView>('personas', s => s.personas),
        list<StageView>('pains', s => s.pains),
        list<StageView>('opportunities', s => s.opportunities),
        citations<StageView>(),
        references<StageView>('measures', s => s.measures)
    ],
    touchpoint: [
        title,
        text<TouchpointView>('channel', t => t.channel),
        reference<TouchpointView>('owner', t => t.owner),
        emotion<TouchpointView>(),
        personaEmotions<TouchpointView>(),
        references<TouchpointView>('personas', t => t.personas),
        list<TouchpointView>('pains', t => t.pains),
        list<TouchpointView>('opportunities', t => t.opportunities),
        citations<TouchpointView>(),
        references<TouchpointView>('measures', t => t.measures),
        reference<TouchpointView>('next', t => t.next),
        serviceItems<TouchpointView>('backstage', t => t.backstage),
        serviceItems<TouchpointView>('support', t => t.support),
        continues
    ],
    owner: [
        title,
        text<OwnerView>('contact', o => o.contact),
        text<OwnerView>('description', o => o.description)
    ],
    persona: [
        title,
        text<PersonaView>('description', p => p.description),
        list<PersonaView>('goals', p => p.goals),
        list<PersonaView>('needs', p => p.needs),
        list<PersonaView>('pains', p => p.pains)
    ],
    kpi: [
        title,
        text<KpiView>('description', k => k.description),
        reference<KpiView>('owner', k => k.owner),
        // Compared by value and comparator; the unit is its own property.
        (_context, base, head) => targetKey(base.target) === targetKey(head.target)
            ? undefined : withValues('target', targetText(base.target), targetText(head.target)),
        (_context, base, head) => quantityKey(base.current) === quantityKey(head.current)
            ? undefined : withValues('current', base.current?.text, head.current?.text),
        text<KpiView>('unit', k => k.unit)
    ],
    evidence: [
        title,
        text<EvidenceView>('source', e => e.origin),
        text<EvidenceView>('date', e => e.date),
        text<EvidenceView>('url', e => e.url),
        text<EvidenceView>('sample', e => e.sample === undefined ? undefined : String(e.sample))
    ]
};

/**
 * What a reference means, comparable across sides: an old target stands for
 * the element it was paired with, so renaming an owner does not count as a
 * change of every touchpoint it owns.
 */
export function referenceKey(context: MatchContext, ref: ViewReference | undefined, side: Side): string | undefined {
    if (!ref) {
        return undefined;
    }
    if (ref.targetId) {
        if (side === 'head') {
            return `id:${ref.targetId}`;
        }
        const paired = context.headIdOf.get(ref.targetId);
        if (paired) {
            return `id:${paired}`;
        }
        // Defined outside the compared files (a shared file left out of the comparison): the same on both sides.
        return context.base.byId.has(ref.targetId) ? `gone:${ref.targetId}` : `id:${ref.targetId}`;
    }
    return `unresolved:${ref.name}`;
}

/** A reference as a reader knows it: a touchpoint by `Stage.Touchpoint`, anything else by its name as written. */
function referenceText(context: MatchContext, ref: ViewReference | undefined, side: Side): string | undefined {
    if (!ref) {
        return undefined;
    }
    const target = ref.targetId ? context[side].byId.get(ref.targetId) : undefined;
    return target?.kind === 'touchpoint' ? target.qualifiedName : ref.name;
}

function targetKey(target: TargetView | undefined): string | undefined {
    return target ? `${target.comparator} ${quantityKey(target)}` : undefined;
}

function targetText(target: TargetView | undefined): string | undefined {
    return target ? describeTarget(target) : undefined;
}

function quantityKey(quantity: { value: number; percent: boolean } | undefined): string | undefined {
    return quantity ? `${quantity.value}${quantity.percent ? '%' : ''}` : undefined;
}

function withValues(property: string, before: PropertyValue | undefined, after: PropertyValue | undefined): PropertyChange {
    const change: PropertyChange = { property };
    if (before !== undefined) {
        change.before = before;
    }
    if (after !== undefined) {
        change.after = after;
    }
    return change;
}

/** A list compared by keys and shown by texts; only-reordered lists report no added or removed items. */
function listChange(property: string, beforeKeys: string[], afterKeys: string[], before: string[], after: string[]): PropertyChange | undefined {
    if (beforeKeys.length === afterKeys.length && beforeKeys.every((key, i) => key === afterKeys[i])) {
        return undefined;
    }
    const change = withValues(property, before, after);
    change.added = after.filter((_, i) => occurrence(afterKeys, i) >= count(beforeKeys, afterKeys[i]));
    change.removed = before.filter((_, i) => occurrence(beforeKeys, i) >= count(afterKeys, beforeKeys[i]));
    return change;
}

/** How many times `keys[i]` occurs before position i (so duplicates are counted as a multiset). */
function occurrence(keys: string[], i: number): number {
    let n = 0;
    for (let j = 0; j < i; j++) {
        if (keys[j] === keys[i]) {
            n++;
        }
    }
    return n;
}

function count(keys: string[], key: string): number {
    return keys.filter(k => k === key).length;
}
