import type { JourneyView } from '../model/view-model.js';

/** Sizes of the map grid, in pixels. */
export const PAD = 24;
export const LABEL_WIDTH = 116;
export const COLUMN_WIDTH = 212;
export const STAGE_GAP = 10;
export const CELL_PAD = 6;
export const LANE_GAP = 10;
export const SECTION_GAP = 48;
export const MIN_SECTION_WIDTH = 640;

export interface ColumnGeometry {
    /** Left edge of the stage, from the section's left edge. */
    x: number;
    width: number;
    /** Left edge of each touchpoint column (one even for a stage without touchpoints). */
    columns: number[];
}

/** Where each stage and touchpoint column sits: a column per touchpoint, stages side by side. */
export function columnGeometry(journey: JourneyView): { stages: ColumnGeometry[]; width: number } {
    let x = PAD + LABEL_WIDTH;
    const stages = journey.stages.map(stage => {
        const count = Math.max(1, stage.touchpoints.length);
        const geometry = {
            x,
            width: count * COLUMN_WIDTH,
            columns: Array.from({ length: count }, (_, i) => x + i * COLUMN_WIDTH)
        };
        x += geometry.width + STAGE_GAP;
        return geometry;
    });
    const contentRight = stages.length > 0 ? x - STAGE_GAP : x;
    return { stages, width: Math.max(MIN_SECTION_WIDTH, contentRight + PAD) };
}
