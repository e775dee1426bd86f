import type { ChangeType, ElementChange, JourneyDiff, PropertyChange } from '../../model/diff/diff-model.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import { changeVerb, propertyLines } from '../../model/diff/diff-wording.js';
import { parseCitationItem } from '../../model/diff/property-items.js';
import { readerWords, type ReaderWords } from '../../language/reader-words.js';
import { copyElement, h, type VElement, type VNode } from '../../render/vnode.js';

/** What the compare view draws for each kind of change: a class for the frame and a badge letter. */
export const CHANGE_MARKS: Record<Exclude<ChangeType, 'removed'>, { className: string; badge: string }> = {
    added: { className: 'jm-change-added', badge: '+' },
    modified: { className: 'jm-change-modified', badge: '~' },
    moved: { className: 'jm-change-moved', badge: '→' },
    renamed: { className: 'jm-change-moved', badge: '→' }
};

/**
 * The map with the changes marked: every element of the rendered tree whose
 * `data-id` names a changed element gets the change's class, a badge in its
 * corner and a tooltip saying what changed. Removed elements are not on the
 * map; the compare view lists them. The tree is copied, not changed.
 */
export function markChanges(svg: VElement, diff: JourneyDiff, model?: JourneyMapModel, words: ReaderWords = readerWords()): VElement {
    const byId = new Map<string, ElementChange>();
    for (const change of diff.changes) {
        if (change.change !== 'removed') {
            byId.set(change.id, change);
        }
    }
    return mark(svg, byId, model ? noteTexts(model) : new Map(), words);
}

/**
 * The text of each pain and opportunity note of the map, by the note's key
 * (`pain:touchpoint:J.S.T:0`, as render-note-lanes.ts keys them): which note a
 * citation change is about. Without the model, a citation change marks every note of its kind.
 */
function noteTexts(model: JourneyMapModel): Map<string, string> {
    const texts = new Map<string, string>();
    const add = (element: { id: string; pains: string[]; opportunities: string[] }) => {
        element.pains.forEach((text, n) => texts.set(`pain:${element.id}:${n}`, text));
        element.opportunities.forEach((text, n) => texts.set(`opportunity:${element.id}:${n}`, text));
    };
    for (const journey of model.journeys) {
        for (const stage of journey.stages) {
            add(stage);
            stage.touchpoints.forEach(add);
        }
    }
    return texts;
}

function mark(node: VElement, byId: Map<string, ElementChange>, notes: Map<string, string>, words: ReaderWords): VElement {
    const children: VNode[] = node.children.map(child => typeof child === 'string' ? child : mark(child, byId, notes, words));
    const id = node.attrs['data-id'];
    const change = id === undefined ? undefined : byId.get(id);
    if (!change || change.change === 'removed' || !showsChange(node, change, node.key === undefined ? undefined : notes.get(node.key))) {
        return copyElement(node, { children });
    }
    const style = CHANGE_MARKS[change.change];
    const frame = children.find((child): child is VElement => typeof child !== 'string' && child.tag === 'rect');
    const width = Number(frame?.attrs.width ?? 0);
    const badge = h('g', { class: 'jm-change-badge', transform: `translate(${Math.max(width - 9, 9)} 9)`, 'aria-hidden': 'true' }, [
        h('circle', { r: 8 }),
        h('text', { 'text-anchor': 'middle', y: 4 }, [style.badge])
    ]);
    return copyElement(node, {
        attrs: { ...node.attrs, class: `${node.attrs.class ?? ''} jm-change ${style.className}`.trim(), 'data-change': change.change },
        children: [h('title', {}, [describeChange(change, words)]), ...children, badge]
    });
}

/**
 * Marks that show one property of an element (its pains, its emotion, its backstage ...), by the mark's class: which property changes they show.
 * `note` is the text of a pain or opportunity note, when known.
 */
const ASPECTS: Array<[RegExp, (property: PropertyChange, node: VElement, note: string | undefined) => boolean]> = [
    // A persona's point shows its own emotion there, or the common one it inherits.
    [/\bjm-persona-point\b/, (property, node) => property.property === 'emotion'
        || property.property === `emotion for ${(node.attrs['data-persona'] ?? '').replace(/^persona:/, '')}`],
    [/\bjm-backstage\b/, property => property.property === 'backstage'],
    [/\bjm-support\b/, property => property.property === 'support'],
    [/\bjm-pain\b/, (property, _node, note) => property.property === 'pains' || citesOn(property, 'pain', note)],
    [/\bjm-opportunity\b/, (property, _node, note) => property.property === 'opportunities' || citesOn(property, 'opportunity', note)],
    [/\bjm-(point|stage-emotion)\b/, property => property.property === 'emotion'],
    [/\bjm-kpi\b/, property => property.property === 'measures']
];

/**
 * Evidence cited or no longer cited by a pain (or an opportunity): items read `Survey for pain "…"`
 * (property-items.ts). With the note's text, only by that note.
 */
function citesOn(property: PropertyChange, on: 'pain' | 'opportunity', note: string | undefined): boolean {
    return property.property === 'evidence' && [...property.added ?? [], ...property.removed ?? []].some(item => {
        const citation = parseCitationItem(item);
        return citation?.on === on && (note === undefined || citation.quoted === JSON.stringify(note));
    });
}

/**
 * An element that shows one property of a changed element is marked only when
 * that property changed: a new emotion marks the emotion point, not the pains.
 * The element itself (its card, its header) is always marked.
 */
function showsChange(node: VElement, change: ElementChange, note: string | undefined): boolean {
    if (change.change !== 'modified' || change.kind === 'kpi') {
        return true;
    }
    const shows = ASPECTS.find(([pattern]) => pattern.test(node.attrs.class ?? ''))?.[1];
    return shows === undefined || change.properties.some(property => shows(property, node, note));
}

/** `changed: emotion: -2 → -1; pains: + "…"`, as a tooltip and a list item read it, in the map's language. */
export function describeChange(change: ElementChange, words: ReaderWords = readerWords()): string {
    const verb = changeVerb(change.change, words);
    const head = change.previousName !== undefined ? `${verb} (${words.phrase('changedFrom', change.previousName)})` : verb;
    const lines = change.properties.flatMap(property => propertyLines(property, (value, quoted) => quoted ? `“${value}”` : value, words));
    return lines.length > 0 ? `${head}: ${lines.join('; ')}` : head;
}
