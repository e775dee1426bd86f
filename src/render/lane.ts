import type { VElement } from './vnode.js';

/** One lane of a journey: its label and its cells, positioned from the lane's top edge. */
export interface Lane {
    key: string;
    label: string;
    height: number;
    nodes: VElement[];
    /** Extra marks in the label column (the emotion scale). */
    labelNodes?: VElement[];
    /** Nothing to show in it (no pains, say): drawn as a thin labelled line. */
    empty?: boolean;
}
