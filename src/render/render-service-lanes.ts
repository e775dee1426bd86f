import type { JourneyView, ServiceItemView, TouchpointView } from '../model/view-model.js';
import { CELL_PAD, COLUMN_WIDTH, LABEL_WIDTH, PAD, type ColumnGeometry } from './map-geometry.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import type { Lane } from './lane.js';
import { remember } from './render-memo.js';
import { CHIP_HEIGHT, chip, interactive, TEXT, textBlock, textLine } from './render-parts.js';
import { h, type VElement } from './vnode.js';

const ITEM_PAD = 7;
const ITEM_GAP = 6;
const ITEM_LINES = 4;
export const VISIBILITY_HEIGHT = 22;

type ServiceKind = 'backstage' | 'support';

/** The line of visibility: what lies below it the customer does not see. */
export function visibilityLine(context: MapContext, y: number, width: number): VElement {
    const label = context.words.phrase('lineOfVisibility');
    return h('g', { class: 'jm-visibility-line', transform: `translate(0 ${y})`, role: 'separator', 'aria-label': label }, [
        h('line', { class: 'jm-visibility', x1: PAD, x2: width - PAD, y1: VISIBILITY_HEIGHT / 2, y2: VISIBILITY_HEIGHT / 2 }),
        h('g', { class: 'jm-lane-head' }, [
            h('rect', { class: 'jm-bg', x: PAD + 4, y: 2, width: LABEL_WIDTH - 8, height: VISIBILITY_HEIGHT - 4 }),
            textLine(label, PAD + 10, (VISIBILITY_HEIGHT - TEXT.label.lineHeight) / 2, LABEL_WIDTH - 16, TEXT.label, 'jm-muted').node
        ], 'head')
    ], 'visibility');
}

/** Backstage work or support systems: each touchpoint's items in its column, each with its owner. */
export function serviceLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[], kind: ServiceKind): Lane {
    const nodes: VElement[] = [];
    let height = 0;
    journey.stages.forEach((stage, i) => {
        stage.touchpoints.forEach((touchpoint, j) => {
            let y = 0;
            (kind === 'backstage' ? touchpoint.backstage : touchpoint.support).forEach((item, n) => {
                const box = itemBox(context, touchpoint, kind, item, n, stages[i].columns[j] + CELL_PAD, y, COLUMN_WIDTH - 2 * CELL_PAD);
                nodes.push(box.node);
                y += box.height + ITEM_GAP;
            });
            height = Math.max(height, y - ITEM_GAP);
        });
    });
    return { key: kind, label: context.words.phrase(kind), height: Math.max(height, 28), nodes, empty: nodes.length === 0 };
}

function itemBox(context: MapContext, touchpoint: TouchpointView, kind: ServiceKind, item: ServiceItemView, index: number,
    x: number, y: number, width: number): { node: VElement; height: number } {
    return remember(context, index === 0 ? kind : `${kind}#${index}`, touchpoint.id, [touchpoint.title, item, x, y, width], () => drawItemBox(context, touchpoint, kind, item, index, x, y, width));
}

function drawItemBox(context: MapContext, touchpoint: TouchpointView, kind: ServiceKind, item: ServiceItemView, index: number,
    x: number, y: number, width: number): { node: VElement; height: number } {
    const inner = width - 2 * ITEM_PAD;
    const text = textBlock(item.text, ITEM_PAD, ITEM_PAD, inner, TEXT.small, ITEM_LINES);
    const content: VElement[] = [text.node];
    let height = ITEM_PAD + text.height;
    const owner = item.owner ? referenceTitle(item.owner, context.owners) : undefined;
    if (item.owner && owner !== undefined) {
        height += 5;
        content.push(...chip(owner, ITEM_PAD, height, inner, item.owner.resolved ? 'jm-owner' : 'jm-owner jm-unresolved', context.words.capitalised(context.words.phrase('by', owner))).nodes);
        height += CHIP_HEIGHT;
    }
    height += ITEM_PAD;
    const w = context.words;
    const words = `${w.phrase('serviceFor', w.phrase(kind), touchpoint.title)}: ${item.text}${owner ? `, ${w.phrase('by', owner)}` : ''}`;
    return {
        node: interactive({
            id: touchpoint.id, kind: 'touchpoint', key: `${kind}:${touchpoint.id}:${index}`, className: `jm-service jm-${kind}`,
            x, y, width, height, label: words, radius: 4
        }, content),
        height
    };
}
