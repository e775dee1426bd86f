import type { ChangeType, ElementChange, JourneyDiff, PropertyChange } from '../../model/diff/diff-model.js';
import { propertyLines, VERBS } from '../../model/diff/diff-wording.js';
import { h, type VElement, type VNode } from '../../render/vnode.js';

/** What the compare view draws for each kind of change: a class for the frame and a badge letter. */
export const CHANGE_MARKS: Record<Exclude<ChangeType, 'removed'>, { className: string; badge: string; label: string }> = {
    added: { className: 'jm-change-added', badge: '+', label: 'added' },
    modified: { className: 'jm-change-modified', badge: '~', label: 'changed' },
    moved: { className: 'jm-change-moved', badge: '→', label: 'moved or renamed' },
    renamed: { className: 'jm-change-moved', badge: '→', label: 'moved or renamed' }
};

/**
 * The map with the changes marked: every element of the rendered tree whose
 * `data-id` names a changed element gets the change's class, a badge in its
 * corner and a tooltip saying what changed. Removed elements are not on the
 * map; the compare view lists them. The tree is copied, not changed.
 */
export function markChanges(svg: VElement, diff: JourneyDiff): VElement {
    const byId = new Map<string, ElementChange>();
    for (const change of diff.changes) {
        if (change.change !== 'removed') {
            byId.set(change.id, change);
        }
    }
    return mark(svg, byId);
}

function mark(node: VElement, byId: Map<string, ElementChange>): VElement {
    const children: VNode[] = node.children.map(child => typeof child === 'string' ? child : mark(child, byId));
    const id = node.attrs['data-id'];
    const change = id === undefined ? undefined : byId.get(id);
    if (!change || change.change === 'removed' || !showsChange(node, change)) {
        return { ...node, children };
    }
    const style = CHANGE_MARKS[change.change];
    const frame = children.find((child): child is VElement => typeof child !== 'string' && child.tag === 'rect');
    const width = Number(frame?.attrs.width ?? 0);
    const badge = h('g', { class: 'jm-change-badge', transform: `translate(${Math.max(width - 9, 9)} 9)`, 'aria-hidden': 'true' }, [
        h('circle', { r: 8 }),
        h('text', { 'text-anchor': 'middle', y: 4 }, [style.badge])
    ]);
    return {
        ...node,
        attrs: { ...node.attrs, class: `${node.attrs.class ?? ''} jm-change ${style.className}`.trim(), 'data-change': change.change },
        children: [h('title', {}, [describeChange(change)]), ...children, badge]
    };
}

/** Marks that show one property of an element (its pains, its emotion, its backstage ...), by the mark's class: which property changes they show. */
const ASPECTS: Array<[RegExp, (property: PropertyChange, node: VElement) => boolean]> = [
    // A persona's point shows its own emotion there, or the common one it inherits.
    [/\bjm-persona-point\b/, (property, node) => property.property === 'emotion'
        || property.property === `emotion for ${(node.attrs['data-persona'] ?? '').replace(/^persona:/, '')}`],
    [/\bjm-backstage\b/, property => property.property === 'backstage'],
    [/\bjm-support\b/, property => property.property === 'support'],
    [/\bjm-pain\b/, property => property.property === 'pains' || citesOn(property, 'pain')],
    [/\bjm-opportunity\b/, property => property.property === 'opportunities' || citesOn(property, 'opportunity')],
    [/\bjm-(point|stage-emotion)\b/, property => property.property === 'emotion'],
    [/\bjm-kpi\b/, property => property.property === 'measures']
];

/** Evidence cited or no longer cited by a pain (or an opportunity): items read `Survey for pain "…"`. */
function citesOn(property: PropertyChange, on: 'pain' | 'opportunity'): boolean {
    return property.property === 'evidence' && [...property.added ?? [], ...property.removed ?? []].some(item => item.includes(` for ${on} "`));
}

/**
 * An element that shows one property of a changed element is marked only when
 * that property changed: a new emotion marks the emotion point, not the pains.
 * The element itself (its card, its header) is always marked.
 */
function showsChange(node: VElement, change: ElementChange): boolean {
    if (change.change !== 'modified' || change.kind === 'kpi') {
        return true;
    }
    const shows = ASPECTS.find(([pattern]) => pattern.test(node.attrs.class ?? ''))?.[1];
    return shows === undefined || change.properties.some(property => shows(property, node));
}

/** `changed: emotion: -2 → -1; pains: + "…"`, as a tooltip and a list item read it. */
export function describeChange(change: ElementChange): string {
    const head = change.previousName !== undefined ? `${VERBS[change.change]} (from ${change.previousName})` : VERBS[change.change];
    const lines = change.properties.flatMap(property => propertyLines(property, (value, quoted) => quoted ? `“${value}”` : value));
    return lines.length > 0 ? `${head}: ${lines.join('; ')}` : head;
}
