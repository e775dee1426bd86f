import type { JourneyMapModel, KpiView, OwnerView, PersonaView } from '../model/view-model.js';
import { PAD } from './map-geometry.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import { interactive, statusMark, TEXT, textBlock, textLine } from './render-parts.js';
import { h, type VElement, type VNode } from './vnode.js';

const CARD_WIDTH = 240;
const CARD_GAP = 12;
const INNER = 10;

type Definition = OwnerView | PersonaView | KpiView;

/**
 * The owners, personas and KPIs written in this document, as cards: a file of
 * shared definitions has a map too.
 */
export function renderDefinitions(context: MapContext, model: JourneyMapModel, top: number, width: number): { node: VElement; height: number } | undefined {
    const own = (list: Definition[]) => list.filter(d => d.source.uri === model.uri);
    const groups = [
        { label: context.words.noun('owner', 2), items: own(model.owners) },
        { label: context.words.noun('persona', 2), items: own(model.personas) },
        { label: context.words.noun('kpi', 2), items: own(model.kpis) }
    ].filter(group => group.items.length > 0);
    if (groups.length === 0) {
        return undefined;
    }
    const perRow = Math.max(1, Math.floor((width - 2 * PAD + CARD_GAP) / (CARD_WIDTH + CARD_GAP)));
    const children: VNode[] = [];
    let y = 0;
    for (const group of groups) {
        children.push(textLine(group.label.toLocaleUpperCase(context.words.locale), PAD, y, width - 2 * PAD, TEXT.label, 'jm-lane-label').node);
        y += TEXT.label.lineHeight + 6;
        for (let start = 0; start < group.items.length; start += perRow) {
            const row = group.items.slice(start, start + perRow).map(item => definitionContent(context, item));
            const height = Math.max(...row.map(r => r.height)) + 2 * INNER;
            row.forEach((content, i) => {
                const item = group.items[start + i];
                children.push(interactive({
                    id: item.id, kind: item.kind, key: item.id, className: `jm-definition jm-${item.kind}-card`,
                    x: PAD + i * (CARD_WIDTH + CARD_GAP), y, width: CARD_WIDTH, height, label: content.label
                }, [h('g', { transform: `translate(${INNER} ${INNER})` }, content.nodes)]));
            });
            y += height + CARD_GAP;
        }
        y += 8;
    }
    return {
        node: h('g', { class: 'jm-definitions', transform: `translate(0 ${top})`, role: 'group', 'aria-label': context.words.phrase('definitionsInFile') }, children, 'definitions'),
        height: y - CARD_GAP - 8
    };
}

function definitionContent(context: MapContext, item: Definition): { nodes: VNode[]; height: number; label: string } {
    const words = context.words;
    const width = CARD_WIDTH - 2 * INNER;
    const nodes: VNode[] = [];
    const kindWord = words.capitalised(words.noun(item.kind));
    nodes.push(textLine(`${kindWord} · ${item.name}`, 0, 0, width, TEXT.label, 'jm-muted').node);
    let y = TEXT.label.lineHeight + 2;
    const title = textBlock(item.title, 0, y, width, TEXT.h3, 2);
    nodes.push(title.node);
    y += title.height + 4;
    const lines: Array<[string, string]> = [];
    const label = [`${kindWord} ${item.title}`];
    if (item.kind === 'owner') {
        if (item.contact) lines.push(['jm-muted', item.contact]);
        if (item.description) lines.push(['', item.description]);
    } else if (item.kind === 'persona') {
        if (item.description) lines.push(['', item.description]);
        for (const goal of item.goals) lines.push(['', `${words.capitalised(words.phrase('goal'))}: ${goal}`]);
        for (const need of item.needs) lines.push(['', `${words.capitalised(words.phrase('need'))}: ${need}`]);
        for (const pain of item.pains) lines.push(['jm-pain-text', `${words.capitalised(words.noun('pain'))}: ${pain}`]);
    } else {
        lines.push(['jm-muted', words.kpiFigures(item)]);
        if (item.owner) lines.push(['', `${words.capitalised(words.noun('owner'))}: ${referenceTitle(item.owner, context.owners)}`]);
        if (item.description) lines.push(['', item.description]);
    }
    for (const [className, text] of lines) {
        const block = textBlock(text, 0, y, width, TEXT.small, 3, className);
        nodes.push(block.node);
        y += block.height + 3;
        label.push(text);
    }
    if (item.kind === 'kpi') {
        nodes.push(...statusMark(item.status, words.status(item.status), 0, y, width, 5, 'jm-status-text'));
        y += TEXT.small.lineHeight + 3;
        label.push(words.status(item.status));
    }
    return { nodes, height: y - 3, label: label.join(', ') };
}
