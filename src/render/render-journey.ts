import type { JourneyView } from '../model/view-model.js';
import { hasPersonaEmotions, journeyPersonas } from '../model/persona-lens.js';
import { columnGeometry, LABEL_WIDTH, LANE_GAP, PAD } from './map-geometry.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import type { Lane } from './lane.js';
import { emotionLane } from './render-emotion-lane.js';
import { kpiLane, noteLane } from './render-note-lanes.js';
import { journeyUnderLens, mapPersonas, personaCurveLane } from './render-persona-curves.js';
import { serviceLane, visibilityLine, VISIBILITY_HEIGHT } from './render-service-lanes.js';
import { chipRow, interactive, TEXT, textBlock, textLine, type Block } from './render-parts.js';
import { stageLane, touchpointLane } from './render-stage-lanes.js';
import { h, type VElement, type VNode } from './vnode.js';

const LANE_PAD = 8;
const HEADER_PAD = 12;

/**
 * One journey: its header, then a lane per aspect across its stage columns.
 * Under a persona lens (a persona key), only the touchpoints that persona passes and its curve.
 */
export function renderJourney(context: MapContext, written: JourneyView, top: number, lens?: string): { node: VElement; height: number; width: number } {
    // Personas keep their order (colour, mark) from the whole journey; the lens then keeps what its persona passes.
    const personas = mapPersonas(context, journeyPersonas(written), lens);
    const journey = journeyUnderLens(written, lens);
    const { stages, width } = columnGeometry(journey);
    const header = journeyHeader(context, journey, width - 2 * PAD);
    const children: VNode[] = [header.node];
    let y = header.height + LANE_GAP;
    if (journey.stages.length === 0) {
        children.push(textLine(context.words.phrase('noStagesYet'), PAD, y, width - 2 * PAD, TEXT.body, 'jm-muted').node);
        y += TEXT.body.lineHeight;
    } else {
        const right = stages[stages.length - 1].x + stages[stages.length - 1].width;
        const perPersona = hasPersonaEmotions(written) && personas.length > 0;
        const lanes: Array<Lane | 'visibility'> = [
            stageLane(context, journey, stages),
            touchpointLane(context, journey, stages),
            perPersona ? personaCurveLane(context, journey, personas, stages, right) : emotionLane(context, journey, stages, right),
            noteLane(context, journey, stages, 'pain'),
            noteLane(context, journey, stages, 'opportunity'),
            'visibility',
            serviceLane(context, journey, stages, 'backstage'),
            serviceLane(context, journey, stages, 'support'),
            kpiLane(context, journey, stages)
        ];
        for (const lane of lanes) {
            if (lane === 'visibility') {
                children.push(visibilityLine(context, y, width));
                y += VISIBILITY_HEIGHT + LANE_GAP;
                continue;
            }
            const drawn = lane.empty ? emptyLaneGroup(lane, y, width) : laneGroup(lane, y, width);
            children.push(drawn.node);
            y += drawn.height + LANE_GAP;
        }
        y -= LANE_GAP;
    }
    const node = h('g', {
        class: 'jm-journey',
        transform: `translate(0 ${top})`,
        role: 'group',
        'aria-label': `${context.words.capitalised(context.words.noun('journey'))} ${journey.title}, ${context.words.count(journey.stages.length, 'stage')}`
    }, children, journey.id);
    return { node, height: y, width };
}

/**
 * A lane: its band, its cells, then its head (the label and any scale in the
 * label column, on a patch of the band's colour). The head comes last so that
 * it stays above the cells when the preview pins it to the left edge while
 * the map scrolls sideways (`.jm-lane-head`, see src/webview/sticky-labels.ts).
 */
function laneGroup(lane: Lane, y: number, width: number): Block {
    const height = lane.height + 2 * LANE_PAD;
    const node = h('g', { class: `jm-lane jm-lane-${lane.key}`, transform: `translate(0 ${y})`, role: 'group', 'aria-label': lane.label }, [
        h('rect', { class: 'jm-lane-band', x: PAD, y: 0, width: width - 2 * PAD, height, rx: 8 }),
        h('g', { transform: `translate(0 ${LANE_PAD})` }, lane.nodes),
        h('g', { class: 'jm-lane-head' }, [
            h('rect', { class: 'jm-lane-band', x: PAD, y: 0, width: LABEL_WIDTH - 4, height, rx: 8 }),
            textLine(lane.label, PAD + 10, LANE_PAD, LABEL_WIDTH - 20, TEXT.label, 'jm-lane-label').node,
            ...(lane.labelNodes ?? []).map(node => h('g', { transform: `translate(0 ${LANE_PAD})` }, [node]))
        ], 'head')
    ], lane.key);
    return { node, height };
}

/** The height of a lane with nothing in it: a thin labelled line. */
export const EMPTY_LANE_HEIGHT = 22;

/** A lane with nothing in it (no pains, no backstage work): its label and a thin line across the stages, so the map stays short. */
function emptyLaneGroup(lane: Lane, y: number, width: number): Block {
    const middle = EMPTY_LANE_HEIGHT / 2;
    const node = h('g', { class: `jm-lane jm-lane-${lane.key} jm-lane-empty`, transform: `translate(0 ${y})`, role: 'group', 'aria-label': lane.label }, [
        h('line', { class: 'jm-lane-rule', x1: PAD + LABEL_WIDTH, x2: width - PAD, y1: middle, y2: middle }),
        h('g', { class: 'jm-lane-head' }, [
            h('rect', { class: 'jm-lane-band', x: PAD, y: 0, width: LABEL_WIDTH - 4, height: EMPTY_LANE_HEIGHT, rx: 6 }),
            textLine(lane.label, PAD + 10, (EMPTY_LANE_HEIGHT - TEXT.label.lineHeight) / 2, LABEL_WIDTH - 20, TEXT.label, 'jm-lane-label').node
        ], 'head')
    ], lane.key);
    return { node, height: EMPTY_LANE_HEIGHT };
}

function journeyHeader(context: MapContext, journey: JourneyView, width: number): Block {
    const inner = width - 2 * HEADER_PAD;
    const words = context.words;
    const nodes: VNode[] = [];
    let y = HEADER_PAD;
    const title = textBlock(journey.title, HEADER_PAD, y, inner, TEXT.h1, 2);
    nodes.push(title.node);
    y += title.height + 4;
    if (journey.description) {
        const description = textBlock(journey.description, HEADER_PAD, y, inner, TEXT.body, 3, 'jm-muted');
        nodes.push(description.node);
        y += description.height + 6;
    }
    const chips = [
        ...journey.personas.map(persona => {
            const target = persona.targetId ? context.personas.get(persona.targetId) : undefined;
            const name = referenceTitle(persona, context.personas);
            return {
                text: name,
                className: persona.resolved ? 'jm-persona' : 'jm-persona jm-unresolved',
                tooltip: `${words.capitalised(words.noun('persona'))}: ${name}${target?.description ? ` — ${target.description}` : ''}`
            };
        }),
        ...(journey.owner ? [{
            text: `${words.capitalised(words.noun('owner'))}: ${referenceTitle(journey.owner, context.owners)}`,
            className: journey.owner.resolved ? 'jm-owner' : 'jm-owner jm-unresolved'
        }] : [])
    ];
    if (chips.length > 0) {
        const row = chipRow(chips, HEADER_PAD, y + 2, inner);
        nodes.push(row.node);
        y += row.height + 4;
    }
    const height = y + HEADER_PAD - 4;
    const personas = journey.personas.map(p => referenceTitle(p, context.personas));
    const label = [`${words.capitalised(words.noun('journey'))} ${journey.title}`, journey.description,
        personas.length ? `${words.noun('persona', personas.length)} ${personas.join(', ')}` : undefined,
        journey.owner ? `${words.noun('owner')} ${referenceTitle(journey.owner, context.owners)}` : undefined].filter(Boolean).join(', ');
    return {
        node: interactive({ id: journey.id, kind: 'journey', key: `header:${journey.id}`, className: 'jm-header', x: PAD, y: 0, width, height, label }, nodes),
        height
    };
}
