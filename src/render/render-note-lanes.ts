import type { CitationView, JourneyView, KpiView, StageView, ViewReference } from '../model/view-model.js';
import { CELL_PAD, COLUMN_WIDTH, type ColumnGeometry } from './map-geometry.js';
import { referenceTitle } from '../model/view-model-index.js';
import type { MapContext } from './map-context.js';
import type { Lane } from './lane.js';
import { citationOf, EVIDENCE_MARK_ROOM, evidenceMark } from './render-evidence.js';
import { remember } from './render-memo.js';
import { interactive, layBlock, statusMark, TEXT, textLine, type Laid } from './render-parts.js';
import type { VElement } from './vnode.js';

const NOTE_PAD = 7;
const NOTE_GAP = 6;
const NOTE_LINES = 5;

type NoteKind = 'pain' | 'opportunity';

/**
 * Pains or opportunities: a stage's own notes across the whole stage, then each
 * touchpoint's notes in its column.
 */
export function noteLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[], kind: NoteKind): Lane {
    const nodes: VElement[] = [];
    let height = 0;
    journey.stages.forEach((stage, i) => {
        const geometry = stages[i];
        let top = 0;
        const stageNotes = kind === 'pain' ? stage.pains : stage.opportunities;
        stageNotes.forEach((text, n) => {
            const note = noteNode(context, stage.id, 'stage', n, kind, text, geometry.x + CELL_PAD, top, geometry.width - 2 * CELL_PAD,
                citationOf(stage.citations, kind, n));
            nodes.push(note.node);
            top += note.height + NOTE_GAP;
        });
        let columnsBottom = top;
        stage.touchpoints.forEach((touchpoint, j) => {
            let y = top;
            const notes = kind === 'pain' ? touchpoint.pains : touchpoint.opportunities;
            notes.forEach((text, n) => {
                const note = noteNode(context, touchpoint.id, 'touchpoint', n, kind, text, geometry.columns[j] + CELL_PAD, y,
                    COLUMN_WIDTH - 2 * CELL_PAD, citationOf(touchpoint.citations, kind, n));
                nodes.push(note.node);
                y += note.height + NOTE_GAP;
            });
            columnsBottom = Math.max(columnsBottom, y);
        });
        height = Math.max(height, columnsBottom - NOTE_GAP);
    });
    return { key: kind === 'pain' ? 'pains' : 'opportunities', label: context.words.capitalised(context.words.noun(kind, 2)), height: Math.max(height, 28), nodes, empty: nodes.length === 0 };
}

/** The memo's slot of the first note of each kind, for the element it belongs to (the later ones: one slot per place). */
const NOTE_SLOTS: Record<NoteKind, string> = { pain: 'note:pain', opportunity: 'note:opportunity' };

/** The `n`th note of its kind of the element `id`. */
function noteNode(context: MapContext, id: string, elementKind: string, n: number, kind: NoteKind, text: string, x: number, y: number, width: number,
    citation?: CitationView): { node: VElement; height: number } {
    return remember(context, n === 0 ? NOTE_SLOTS[kind] : `${NOTE_SLOTS[kind]}#${n}`, id, [id, elementKind, text, x, y, width, citation],
        () => drawNote(context, id, elementKind, `${kind}:${id}:${n}`, kind, text, x, y, width, citation));
}

function drawNote(context: MapContext, id: string, elementKind: string, key: string, kind: NoteKind, text: string, x: number, y: number, width: number,
    citation?: CitationView): { node: VElement; height: number } {
    // A note that cites evidence keeps room at its right for the mark.
    const block = layBlock(text, NOTE_PAD, NOTE_PAD, width - 2 * NOTE_PAD - (citation ? EVIDENCE_MARK_ROOM : 0), TEXT.small, NOTE_LINES);
    const height = block.height + 2 * NOTE_PAD;
    const node = interactive({
        id, kind: elementKind, key, className: `jm-note jm-${kind}${citation ? ' jm-cited' : ''}`, x, y, width, height,
        label: () => {
            const cited = citation ? `, ${context.words.phrase('citedFrom', citation.evidence.map(reference => reference.name).join(', '))}` : '';
            return `${context.words.capitalised(context.words.noun(kind))}: ${text}${cited}`;
        },
        radius: 4
    }, () => [block.node(), ...citation ? [evidenceMark(context, citation, width)] : []]);
    return { node, height };
}

const KPI_PAD = 8;

/** KPIs: for each stage, the KPIs it and its touchpoints measure, with target, current and status. */
export function kpiLane(context: MapContext, journey: JourneyView, stages: ColumnGeometry[]): Lane {
    const nodes: VElement[] = [];
    let height = 0;
    journey.stages.forEach((stage, i) => {
        const geometry = stages[i];
        let y = 0;
        // The memo's slot of the stage's boxes, which its KPIs tell apart.
        const slot = `kpi:${stage.id}`;
        for (const { reference, key } of measuredBy(stage)) {
            const box = kpiBox(context, slot, key, reference, stage, geometry.x + CELL_PAD, y, geometry.width - 2 * CELL_PAD);
            nodes.push(box.node);
            y += box.height + NOTE_GAP;
        }
        height = Math.max(height, y - NOTE_GAP);
    });
    return { key: 'kpis', label: context.words.capitalised(context.words.noun('kpi', 2)), height: Math.max(height, 28), nodes, empty: nodes.length === 0 };
}

/** The stage's KPIs then its touchpoints', each once, in the order written, each with what tells it apart (its id, or `?name`). */
function measuredBy(stage: StageView): Array<{ reference: ViewReference; key: string }> {
    const seen = new Set<string>();
    const measured: Array<{ reference: ViewReference; key: string }> = [];
    const add = (reference: ViewReference) => {
        const key = reference.targetId ?? `?${reference.name}`;
        if (!seen.has(key)) {
            seen.add(key);
            measured.push({ reference, key });
        }
    };
    stage.measures.forEach(add);
    for (const touchpoint of stage.touchpoints) {
        touchpoint.measures.forEach(add);
    }
    return measured;
}

function kpiBox(context: MapContext, slot: string, key: string, reference: ViewReference, stage: StageView, x: number, y: number,
    width: number): { node: VElement; height: number } {
    // A box reads the KPI (among the definitions: the memo's scope), the reference and the stage's id.
    return remember(context, slot, key, [reference.targetId, reference.name, stage.id, x, y, width],
        () => drawKpiBox(context, reference, stage, x, y, width));
}

function drawKpiBox(context: MapContext, reference: ViewReference, stage: StageView, x: number, y: number, width: number): { node: VElement; height: number } {
    const kpi = reference.targetId ? context.kpis.get(reference.targetId) : undefined;
    const inner = width - 2 * KPI_PAD;
    const key = `kpi:${stage.id}:${reference.targetId ?? reference.name}`;
    if (!kpi) {
        const unknown = context.words.phrase('unknownKpi', reference.name);
        const line = textLine(unknown, KPI_PAD, KPI_PAD, inner, TEXT.small, 'jm-muted');
        const height = line.height + 2 * KPI_PAD;
        return {
            node: interactive({ id: stage.id, kind: 'stage', key, className: 'jm-kpi jm-unresolved', x, y, width, height, label: unknown }, [line.node]),
            height
        };
    }
    const { title, figures, statusTop, height, label } = kpiLayout(context, kpi, inner);
    return {
        node: interactive({ id: kpi.id, kind: 'kpi', key, className: `jm-kpi jm-kpi-${kpi.status}`, x, y, width, height, label },
            () => [title.node(), figures.node(), ...statusMark(kpi.status, context.words.status(kpi.status), KPI_PAD, statusTop, inner, 5, 'jm-status-text')]),
        height
    };
}

interface KpiLayout {
    title: Laid;
    figures: Laid;
    statusTop: number;
    height: number;
    label: string;
}

/** KPI boxes laid out in a render, by KPI and width: a KPI measured in every stage is laid out once (the boxes are built each on its own). */
const kpiLayouts = new WeakMap<MapContext, Map<string, KpiLayout>>();

function kpiLayout(context: MapContext, kpi: KpiView, inner: number): KpiLayout {
    let layouts = kpiLayouts.get(context);
    if (!layouts) {
        layouts = new Map();
        kpiLayouts.set(context, layouts);
    }
    const key = `${inner} ${kpi.id}`;
    let layout = layouts.get(key);
    if (!layout) {
        const title = layBlock(kpi.title, KPI_PAD, KPI_PAD, inner, TEXT.h3, 2);
        let top = KPI_PAD + title.height + 2;
        const figures = layBlock(context.words.kpiFigures(kpi), KPI_PAD, top, inner, TEXT.small, 2, 'jm-muted');
        top += figures.height + 4;
        const statusTop = top;
        top += TEXT.small.lineHeight + KPI_PAD;
        layout = { title, figures, statusTop, height: top, label: kpiLabel(context, kpi) };
        layouts.set(key, layout);
    }
    return layout;
}

function kpiLabel(context: MapContext, kpi: KpiView): string {
    const words = context.words;
    const parts = [`${words.noun('kpi')} ${kpi.title}`];
    if (kpi.target) parts.push(`${words.phrase('target')} ${words.target(kpi.target, kpi.unit)}`);
    if (kpi.current) parts.push(`${words.phrase('current')} ${words.quantity(kpi.current, kpi.unit)}`);
    parts.push(words.status(kpi.status));
    if (kpi.owner) parts.push(`${words.noun('owner')} ${referenceTitle(kpi.owner, context.owners)}`);
    return parts.join(', ');
}
