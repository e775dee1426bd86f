import type { JourneyView, ViewReference } from '../model/view-model.js';
import { lensJourney, passes, personaEmotionAt, personaKey } from '../model/persona-lens.js';
import { COLUMN_WIDTH, LABEL_WIDTH, PAD, type ColumnGeometry } from './map-geometry.js';
import { referenceTitle, type ModelIndex } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import type { Lane } from './lane.js';
import { EMOTION_BAND_HEIGHT, emotionGrid, levelY, smoothPath } from './render-emotion-lane.js';
import { TEXT, textLine } from './render-parts.js';
import { PERSONA_STYLE_COUNT, personaMark, personaMarkName, personaSlot } from './persona-styles.js';
import { textWidth } from './text/text-layout.js';
import { h, num, type VElement } from './vnode.js';
import { clampEmotion } from '../language/vocabulary.js';

/** One row of the legend; a legend wider than the lane wraps to more rows. */
const LEGEND_ROW = 22;
const LEGEND_GAP = 18;
/** The legend's line and mark, before the persona's name. */
const MARK_ROOM = 34;
const LABEL_MAX = 200;
/** How far apart the marks of personas at one touchpoint sit, so equal values stay visible. */
const SPREAD = 7;

/** A persona on the map: its place in the journey's order (its colour and mark), its key and its title. */
export interface MapPersona {
    slot: number;
    key: string;
    title: string;
    reference: ViewReference;
}

/**
 * One emotion curve per persona, with a legend: at each touchpoint the persona
 * passes, its own emotion (a filled mark) or what it inherits (the
 * touchpoint's, its own on the stage, the stage's: a hollow mark).
 */
export function personaCurveLane(context: MapContext, journey: JourneyView, personas: MapPersona[], stages: ColumnGeometry[], right: number): Lane {
    const left = PAD + LABEL_WIDTH;
    const key = legend(context, personas, left, right - left);
    const nodes: VElement[] = [key.node];
    const { grid, scale } = emotionGrid(left, right, key.height);
    nodes.push(grid);
    for (const persona of personas) {
        nodes.push(...curve(context, journey, persona, personas.length, stages, key.height));
    }
    return { key: 'emotion', label: context.words.capitalised(context.words.phrase('emotion')), height: key.height + EMOTION_BAND_HEIGHT, nodes, labelNodes: [scale] };
}

/** The journey's personas as the map draws them; under a lens, only that one (keeping its colour and mark). */
export function mapPersonas(context: ModelIndex, ordered: ViewReference[], lens?: string): MapPersona[] {
    return ordered
        .map((reference, index) => ({ slot: personaSlot(index), key: personaKey(reference), title: referenceTitle(reference, context.personas), reference }))
        .filter(persona => lens === undefined || persona.key === lens);
}

/**
 * A line, mark and name per persona, left to right, wrapping to a new row
 * where the next one would not fit in `width` (names measured in the map's
 * font; one longer than LABEL_MAX or the lane is shortened, whole in a tooltip).
 */
function legend(context: MapContext, personas: MapPersona[], x: number, width: number): { node: VElement; height: number } {
    const items: VElement[] = [];
    let cx = 0;
    let cy = 0;
    for (const persona of personas) {
        const labelWidth = Math.max(0, Math.min(LABEL_MAX, width - MARK_ROOM, textWidth(persona.title, TEXT.small)));
        if (cx > 0 && cx + MARK_ROOM + labelWidth > width) {
            cx = 0;
            cy += LEGEND_ROW;
        }
        const left = x + cx;
        const label = textLine(persona.title, left + MARK_ROOM, cy + 2, labelWidth, TEXT.small);
        items.push(h('g', { class: 'jm-legend-item', 'data-persona': persona.key }, [
            h('line', { class: `jm-legend-line jm-persona-${persona.slot}`, x1: left, x2: left + 26, y1: cy + 10, y2: cy + 10 }),
            h('path', { class: `jm-legend-mark jm-persona-${persona.slot}`, d: personaMark(persona.slot), transform: `translate(${num(left + 13)} ${cy + 10})` }),
            label.node
        ], `legend:${persona.key}`));
        cx += MARK_ROOM + labelWidth + LEGEND_GAP;
    }
    const marks = personas.map(p => `${p.title}: ${personaMarkName(p.slot, context.words)}`).join(', ');
    return {
        node: h('g', { class: 'jm-legend', role: 'list', 'aria-label': `${context.words.phrase('emotionPerPersona')} ${marks}` }, items, 'legend'),
        height: cy + LEGEND_ROW
    };
}

function curve(context: MapContext, journey: JourneyView, persona: MapPersona, count: number, stages: ColumnGeometry[], top: number): VElement[] {
    const offset = (persona.slot - 1 - (Math.min(count, PERSONA_STYLE_COUNT) - 1) / 2) * SPREAD;
    const points: Array<{ x: number; y: number; id: string; title: string; value: number; own: boolean }> = [];
    journey.stages.forEach((stage, i) => {
        stage.touchpoints.forEach((touchpoint, j) => {
            if (!passes(touchpoint, persona.key)) {
                return;
            }
            const emotion = personaEmotionAt(stage, touchpoint, persona.key);
            if (emotion) {
                points.push({
                    x: stages[i].columns[j] + COLUMN_WIDTH / 2 + offset, y: top + levelY(emotion.value),
                    id: touchpoint.id, title: touchpoint.title, value: emotion.value, own: emotion.own
                });
            }
        });
    });
    const nodes: VElement[] = [];
    if (points.length > 1) {
        nodes.push(h('path', { class: `jm-persona-curve jm-persona-${persona.slot}`, d: smoothPath(points), 'aria-hidden': 'true', 'data-persona': persona.key }, [], `curve:${persona.key}`));
    }
    for (const point of points) {
        const { words: w } = context;
        const words = `${w.phrase('personaAt', persona.title, point.title)}: ${w.phrase('emotion')} ${w.emotion(point.value)}${point.own ? '' : `, ${w.phrase('notTheirOwn')}`}`;
        nodes.push(h('g', {
            class: `jm-el jm-persona-point jm-persona-${persona.slot}${point.own ? '' : ' jm-inherited'} jm-emotion-${Math.sign(clampEmotion(point.value))}`,
            transform: `translate(${num(point.x)} ${num(point.y)})`,
            'data-id': point.id,
            'data-kind': 'touchpoint',
            'data-persona': persona.key,
            role: 'img',
            'aria-label': words
        }, [
            h('title', {}, [words]),
            h('path', { class: 'jm-frame', d: personaMark(persona.slot) })
        ], `point:${persona.key}:${point.id}`));
    }
    return nodes;
}

/** The journey as the map draws it: under a lens, only the touchpoints that persona passes. */
export function journeyUnderLens(journey: JourneyView, lens: string | undefined): JourneyView {
    return lens === undefined ? journey : lensJourney(journey, lens);
}
