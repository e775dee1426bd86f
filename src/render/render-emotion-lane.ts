import { clampEmotion, EMOTION_RANGE } from '../language/vocabulary.js';
import type { MapContext } from './map-context.js';
import type { JourneyView } from '../model/view-model.js';
import { CELL_PAD, COLUMN_WIDTH, LABEL_WIDTH, PAD, type ColumnGeometry } from './map-geometry.js';
import type { Lane } from './lane.js';
import { remember } from './render-memo.js';
import { TEXT, textLine } from './render-parts.js';
import { h, LazyElement, num, type VElement } from './vnode.js';

const TOP = 14;
const STEP = 25;
const HEIGHT = TOP * 2 + STEP * (EMOTION_RANGE.max - EMOTION_RANGE.min);
const RADIUS = 6;

interface Point {
    x: number;
    y: number;
    id: string;
    kind: 'touchpoint' | 'stage';
    title: string;
    value: number;
    inherited: boolean;
}

export function levelY(value: number): number {
    return TOP + (EMOTION_RANGE.max - clampEmotion(value)) * STEP;
}

/** The height of the emotion band, and the grid and scale drawn in it (shared with the persona curves). */
export const EMOTION_BAND_HEIGHT = HEIGHT;

export function emotionGrid(left: number, right: number, top = 0): { grid: VElement; scale: VElement } {
    const lines: VElement[] = [];
    for (let value: number = EMOTION_RANGE.max; value >= EMOTION_RANGE.min; value--) {
        const y = top + levelY(value);
        lines.push(h('line', { class: value === 0 ? 'jm-zero' : 'jm-grid', x1: left, x2: right, y1: y, y2: y }));
    }
    const scale = [EMOTION_RANGE.max, 0, EMOTION_RANGE.min].map(value => textLine(value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0',
        left - 10, top + levelY(value) - TEXT.label.lineHeight / 2, 40, TEXT.label, 'jm-muted', 'end').node);
    return { grid: h('g', { 'aria-hidden': 'true' }, lines, 'grid'), scale: h('g', { 'aria-hidden': 'true' }, scale) };
}

/**
 * The emotion curve from -2 to +2: a point per touchpoint (its own emotion, or
 * its stage's, drawn hollow), a dashed level per stage, and a smooth line through the points.
 */
export function emotionLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[], right: number): Lane {
    const words = context.words;
    const left = PAD + LABEL_WIDTH;
    const nodes: VElement[] = [];
    const { grid, scale } = emotionGrid(left, right);
    nodes.push(grid);

    const points: Point[] = [];
    const levels: VElement[] = [];
    journey.stages.forEach((stage, i) => {
        const geometry = stages[i];
        if (stage.touchpoints.length === 0) {
            if (stage.emotion !== undefined) {
                points.push({ x: geometry.x + geometry.width / 2, y: levelY(stage.emotion), id: stage.id, kind: 'stage', title: stage.title, value: stage.emotion, inherited: false });
            }
            return;
        }
        if (stage.emotion !== undefined) {
            const y = levelY(stage.emotion);
            const emotion = stage.emotion;
            levels.push(remember(context, 'level', stage.id, [stage.title, emotion, geometry.x, geometry.width], () => h('g', { class: 'jm-el jm-stage-emotion', 'data-id': stage.id, 'data-kind': 'stage' }, [
                h('title', {}, [`${stage.title}: ${words.emotion(emotion)}`]),
                h('line', { x1: geometry.x + CELL_PAD, x2: geometry.x + geometry.width - CELL_PAD, y1: y, y2: y })
            ], `level:${stage.id}`)));
        }
        stage.touchpoints.forEach((touchpoint, j) => {
            const value = touchpoint.emotion ?? stage.emotion;
            if (value !== undefined) {
                points.push({
                    x: geometry.columns[j] + COLUMN_WIDTH / 2, y: levelY(value), id: touchpoint.id, kind: 'touchpoint',
                    title: touchpoint.title, value, inherited: touchpoint.emotion === undefined
                });
            }
        });
    });
    nodes.push(...levels);
    if (points.length > 1) {
        nodes.push(h('path', { class: 'jm-curve', d: smoothPath(points), 'aria-hidden': 'true' }, [], 'curve'));
    }
    for (const point of points) {
        nodes.push(remember(context, 'point', point.id, [point.x, point.y, point.kind, point.title, point.value, point.inherited], () => emotionPoint(context, point)));
    }
    return { key: 'emotion', label: words.capitalised(words.phrase('emotion')), height: HEIGHT, nodes, labelNodes: [scale], empty: points.length === 0 && levels.length === 0 };
}

/** A touchpoint's (or an empty stage's) mark on the curve: made when first read, as the other cells (see `LazyElement`). */
function emotionPoint(context: MapContext, point: Point): VElement {
    const words = context.words;
    const className = `jm-el jm-point${point.inherited ? ' jm-inherited' : ''} jm-emotion-${Math.sign(clampEmotion(point.value))}`;
    let label: string | undefined;
    const labelled = () => label ??= `${point.title}: ${words.phrase('emotion')} ${words.emotion(point.value)}${point.inherited ? `, ${words.phrase('fromItsStage')}` : ''}`;
    return new LazyElement('g', () => ({
        class: className,
        transform: `translate(${point.x} ${point.y})`,
        'data-id': point.id,
        'data-kind': point.kind,
        role: 'img',
        'aria-label': labelled()
    }), () => [
        h('title', {}, [labelled()]),
        h('circle', { class: 'jm-frame', r: RADIUS })
    ], `point:${point.id}`, { from: point.x, to: point.x, className, id: point.id });
}

/**
 * A monotone cubic through the points (x increasing), so the line never
 * swings past a point's level: what is drawn between two touchpoints stays
 * between their emotions.
 */
export function smoothPath(points: Array<{ x: number; y: number }>): string {
    const n = points.length;
    const slopes: number[] = [];
    for (let i = 0; i < n - 1; i++) {
        const dx = points[i + 1].x - points[i].x;
        slopes.push(dx === 0 ? 0 : (points[i + 1].y - points[i].y) / dx);
    }
    const tangents = points.map((_, i) => {
        if (i === 0) return slopes[0];
        if (i === n - 1) return slopes[n - 2];
        const a = slopes[i - 1];
        const b = slopes[i];
        return a * b <= 0 ? 0 : (2 * a * b) / (a + b);
    });
    let d = `M${num(points[0].x)} ${num(points[0].y)}`;
    for (let i = 0; i < n - 1; i++) {
        const p = points[i];
        const q = points[i + 1];
        const third = (q.x - p.x) / 3;
        d += `C${num(p.x + third)} ${num(p.y + tangents[i] * third)} ${num(q.x - third)} ${num(q.y - tangents[i + 1] * third)} ${num(q.x)} ${num(q.y)}`;
    }
    return d;
}
