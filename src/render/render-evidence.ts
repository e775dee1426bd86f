import type { CitationView, EvidenceView, ViewReference } from '../model/view-model.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import { h, type VElement } from './vnode.js';

/** Room a note keeps at its right for the evidence mark. */
export const EVIDENCE_MARK_ROOM = 22;
const SIZE = 16;

/** The citation of a stage's or touchpoint's pain or opportunity `index`, if it cites any evidence. */
export function citationOf(citations: CitationView[], on: CitationView['on'], index: number): CitationView | undefined {
    return citations.find(citation => citation.on === on && citation.index === index);
}

/** `Customer survey (Panel, 2026-10, sample 412)`: an evidence as its tooltip names it. */
export function evidenceText(context: MapContext, reference: ViewReference): string {
    const words = context.words;
    const evidence: EvidenceView | undefined = reference.targetId ? context.evidence.get(reference.targetId) : undefined;
    if (!evidence) {
        return words.phrase('unknownEvidence', reference.name);
    }
    const details = [evidence.origin, evidence.date !== undefined ? words.date(evidence.date) : undefined,
        evidence.sample !== undefined ? `${words.phrase('sample')} ${words.number(evidence.sample)}` : undefined, evidence.url]
        .filter((part): part is string => part !== undefined);
    return `${referenceTitle(reference, context.evidence)}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** A small document mark in a note's top right corner; its tooltip names the sources. */
export function evidenceMark(context: MapContext, citation: CitationView, noteWidth: number): VElement {
    const sources = citation.evidence.map(reference => evidenceText(context, reference));
    const words = `${context.words.capitalised(context.words.noun('evidence'))}: ${sources.join('; ')}`;
    const unresolved = citation.evidence.some(reference => !reference.resolved);
    return h('g', {
        class: `jm-evidence-mark${unresolved ? ' jm-unresolved' : ''}`,
        transform: `translate(${noteWidth - SIZE - 4} 4)`,
        'data-evidence': citation.evidence.map(reference => reference.targetId ?? reference.name).join(' ')
    }, [
        h('title', {}, [words]),
        h('rect', { class: 'jm-frame', width: SIZE, height: SIZE, rx: 3 }),
        // A page with two lines of text.
        h('path', { d: 'M5 4H11M5 8H11M5 12H9' })
    ], 'evidence');
}
