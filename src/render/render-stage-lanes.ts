import type { JourneyView, StageView, TouchpointView } from '../model/view-model.js';
import { channelIcon } from './channel-icons.js';
import { CELL_PAD, COLUMN_WIDTH, type ColumnGeometry } from './map-geometry.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import type { Lane } from './lane.js';
import { continuesLink, CONTINUES_LINK_HEIGHT } from './render-continues.js';
import { remember } from './render-memo.js';
import { CHIP_HEIGHT, chip, interactive, layBlock, statusMark, TEXT, textLine, type Block } from './render-parts.js';
import { h, type VElement, type VNode } from './vnode.js';

const INNER = 10;

/** The stage lane: a header per stage with its title, owner, goal and need. */
export function stageLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[]): Lane {
    const contents = journey.stages.map((stage, i) => {
        const width = stages[i].width - 2 * CELL_PAD - 2 * INNER;
        return remember(context, 'stage', stage.id, [stage, width], () => ({ ...stageContent(context, stage, width), label: () => stageLabel(context, stage) }));
    });
    const height = Math.max(0, ...contents.map(c => c.height)) + 2 * INNER;
    const nodes = journey.stages.map((stage, i) => remember(context, 'stage-node', stage.id, [contents[i], stages[i].x, stages[i].width, height], () => interactive({
        id: stage.id, kind: 'stage', key: stage.id, className: 'jm-stage',
        x: stages[i].x + CELL_PAD, y: 0, width: stages[i].width - 2 * CELL_PAD, height,
        label: contents[i].label
    }, () => [h('g', { transform: `translate(${INNER} ${INNER})` }, contents[i].nodes())])));
    return { key: 'stages', label: context.words.capitalised(context.words.noun('stage')), height, nodes };
}

/** A stage header's content: laid out now (its height sets the lane's), built when the header is drawn. */
function stageContent(context: MapContext, stage: StageView, width: number): { nodes: () => VNode[]; height: number } {
    const words = context.words;
    const pieces: Array<() => VNode[]> = [];
    let y = 0;
    const title = layBlock(stage.title, 0, y, width, TEXT.h2, 2);
    pieces.push(() => [title.node()]);
    y += title.height + 6;
    if (stage.owner) {
        const owner = stage.owner;
        const top = y;
        pieces.push(() => {
            const name = referenceTitle(owner, context.owners);
            return chip(name, 0, top, width, owner.resolved ? 'jm-owner' : 'jm-owner jm-unresolved', `${words.capitalised(words.noun('owner'))}: ${name}`).nodes;
        });
        y += CHIP_HEIGHT + 6;
    }
    for (const [label, text] of [[words.phrase('goal'), stage.goal], [words.phrase('need'), stage.need]] as const) {
        if (text === undefined) {
            continue;
        }
        const top = y;
        pieces.push(() => [textLine(label.toLocaleUpperCase(words.locale), 0, top, width, TEXT.label, 'jm-muted').node]);
        y += TEXT.label.lineHeight;
        const block = layBlock(text, 0, y, width, TEXT.body, 3);
        pieces.push(() => [block.node()]);
        y += block.height + 6;
    }
    return { nodes: () => pieces.flatMap(piece => piece()), height: y - 6 };
}

function stageLabel(context: MapContext, stage: StageView): string {
    const words = context.words;
    const parts = [`${words.capitalised(words.noun('stage'))} ${stage.title}`];
    if (stage.owner) parts.push(`${words.noun('owner')} ${referenceTitle(stage.owner, context.owners)}`);
    if (stage.goal) parts.push(`${words.phrase('goal')}: ${stage.goal}`);
    if (stage.need) parts.push(`${words.phrase('need')}: ${stage.need}`);
    if (stage.emotion !== undefined) parts.push(`${words.phrase('emotion')} ${words.emotion(stage.emotion)}`);
    parts.push(words.count(stage.touchpoints.length, 'touchpoint'));
    return parts.join(', ');
}

/** The touchpoint lane: a card per touchpoint, all as tall as the tallest. */
export function touchpointLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[]): Lane {
    const width = COLUMN_WIDTH - 2 * CELL_PAD - 2 * INNER;
    const cards: Array<{ touchpoint: TouchpointView; x: number; content: { nodes: () => VNode[]; height: number; label: () => string } }> = [];
    journey.stages.forEach((stage, i) => {
        stage.touchpoints.forEach((touchpoint, j) => {
            // Besides the touchpoint, a card shows its next touchpoint's title, and a `continues` into this document the target's.
            const next = touchpoint.next?.targetId ? context.touchpoints.get(touchpoint.next.targetId)?.title : undefined;
            const journeys = touchpoint.continues?.sameDocument ? context.model.journeys : undefined;
            const content = remember(context, 'card', touchpoint.id, [touchpoint, next, journeys, width],
                () => ({ ...cardContent(context, touchpoint, width), label: () => touchpointLabel(context, touchpoint) }));
            cards.push({ touchpoint, x: stages[i].columns[j] + CELL_PAD, content });
        });
    });
    const height = Math.max(40, ...cards.map(c => c.content.height)) + 2 * INNER;
    const nodes: VElement[] = cards.map(({ touchpoint, x, content }) => remember(context, 'card-node', touchpoint.id, [content, x, height], () => interactive({
        id: touchpoint.id, kind: 'touchpoint', key: touchpoint.id, className: 'jm-card',
        x, y: 0, width: COLUMN_WIDTH - 2 * CELL_PAD, height,
        label: content.label
    }, content.nodes)));
    return { key: 'touchpoints', label: context.words.capitalised(context.words.noun('touchpoint', 2)), height, nodes, empty: nodes.length === 0 };
}

/**
 * A card's content, at the card's inner origin (INNER, INNER) so it needs no group of its own:
 * laid out now (its height sets the lane's), built when the card is drawn.
 */
function cardContent(context: MapContext, touchpoint: TouchpointView, width: number): { nodes: () => VNode[]; height: number } {
    const words = context.words;
    const x = INNER;
    const pieces: Array<() => VNode[]> = [];
    pieces.push(() => [
        h('path', { class: 'jm-icon', d: channelIcon(touchpoint.channel), transform: `translate(${x} ${INNER})` }),
        textLine(words.channel(touchpoint.channel), x + 22, INNER, width - 22, TEXT.small, 'jm-muted').node
    ]);
    let y = INNER + 22;
    const title = layBlock(touchpoint.title, x, y, width, TEXT.h3, 3);
    pieces.push(() => [title.node()]);
    y += title.height + 8;
    const owner = touchpoint.effectiveOwner;
    const ownerTop = y;
    if (owner) {
        pieces.push(() => {
            const name = referenceTitle(owner, context.owners);
            const inherited = owner.from !== 'touchpoint';
            const className = ['jm-owner', inherited ? 'jm-inherited' : '', owner.resolved ? '' : 'jm-unresolved'].filter(Boolean).join(' ');
            const ownerWord = words.capitalised(words.noun('owner'));
            const tooltip = inherited ? `${ownerWord}: ${name} (${words.inheritedFrom(owner.from)})` : `${ownerWord}: ${name}`;
            return chip(name, x, ownerTop, width, className, inherited ? tooltip : undefined).nodes;
        });
        y += CHIP_HEIGHT + 6;
    } else {
        pieces.push(() => [textLine(words.phrase('noOwner'), x, ownerTop, width, TEXT.small, 'jm-muted jm-warning').node]);
        y += TEXT.small.lineHeight + 6;
    }
    for (const measure of touchpoint.measures) {
        const top = y;
        pieces.push(() => {
            const kpi = measure.targetId ? context.kpis.get(measure.targetId) : undefined;
            const status = kpi?.status ?? 'unknown';
            const name = kpi?.title ?? measure.name;
            const tooltip = kpi ? `${name}: ${words.status(status)}` : words.phrase('unknownKpi', measure.name);
            return statusMark(status, name, x, top, width, 4, 'jm-badge', tooltip);
        });
        y += TEXT.small.lineHeight + 3;
    }
    if (touchpoint.next) {
        const top = y + 3;
        pieces.push(() => [nextLink(context, touchpoint, x, top, width).node]);
        y += NEXT_LINK_HEIGHT + 3;
    }
    if (touchpoint.continues) {
        const top = y + 3;
        pieces.push(() => [continuesLink(context, touchpoint, x, top, width)!.node]);
        y += CONTINUES_LINK_HEIGHT + 3;
    }
    return { nodes: () => pieces.flatMap(piece => piece()), height: y - INNER };
}

/** The height of a card's `next` link: one line of small text. */
const NEXT_LINK_HEIGHT = TEXT.small.lineHeight;

/**
 * `next Touchpoint` on a card: a link the preview follows to the target's
 * card (when it resolves), by click or keyboard. `data-next` holds the
 * target's id.
 */
function nextLink(context: MapContext, touchpoint: TouchpointView, x: number, y: number, width: number): Block {
    const next = touchpoint.next!;
    const words = context.words;
    const target = next.targetId ? context.touchpoints.get(next.targetId) : undefined;
    const title = target?.title ?? next.name;
    const label = `${words.capitalised(words.phrase('next'))}: ${title}`;
    const line = textLine(`→ ${title}`, 0, 0, width, TEXT.small, '', undefined, label);
    return {
        node: h('g', {
            class: `jm-next${target ? '' : ' jm-unresolved'}`,
            transform: `translate(${x} ${y})`,
            'data-next': target ? next.targetId : undefined,
            tabindex: target ? '0' : undefined,
            role: target ? 'link' : undefined,
            'aria-label': label
        }, [line.node], 'next'),
        height: line.height
    };
}

function touchpointLabel(context: MapContext, touchpoint: TouchpointView): string {
    const words = context.words;
    const parts = [`${words.capitalised(words.noun('touchpoint'))} ${touchpoint.title}`];
    parts.push(touchpoint.channel ? `${words.phrase('channel')} ${words.channel(touchpoint.channel)}` : words.phrase('noChannel'));
    if (touchpoint.effectiveOwner) {
        const from = words.inheritedFrom(touchpoint.effectiveOwner.from);
        parts.push(`${words.noun('owner')} ${referenceTitle(touchpoint.effectiveOwner, context.owners)}${from ? ` (${from})` : ''}`);
    } else {
        parts.push(words.phrase('noOwner'));
    }
    if (touchpoint.emotion !== undefined) parts.push(`${words.phrase('emotion')} ${words.emotion(touchpoint.emotion)}`);
    if (touchpoint.pains.length) parts.push(words.count(touchpoint.pains.length, 'pain'));
    if (touchpoint.opportunities.length) parts.push(words.count(touchpoint.opportunities.length, 'opportunity'));
    for (const measure of touchpoint.measures) {
        const kpi = measure.targetId ? context.kpis.get(measure.targetId) : undefined;
        parts.push(`${words.phrase('measuredBy')} ${kpi?.title ?? measure.name} (${words.status(kpi?.status ?? 'unknown')})`);
    }
    if (touchpoint.next) {
        const target = touchpoint.next.targetId ? context.touchpoints.get(touchpoint.next.targetId) : undefined;
        parts.push(`${words.phrase('next')} ${target?.title ?? touchpoint.next.name}`);
    }
    if (touchpoint.continues) {
        parts.push(`continues in ${[touchpoint.continues.journey.name, touchpoint.continues.stage?.name].filter(Boolean).join('.')}`);
    }
    return parts.join(', ');
}
