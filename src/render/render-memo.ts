import type { MapContext } from './map-context.js';

interface Entry {
    deps: unknown[];
    value: unknown;
    round: number;
}

/**
 * Pieces of a map kept from the renders before, each with the values it was
 * computed from. The preview passes one to every render of a document: after
 * an edit, a piece whose inputs are the same objects and values as before (a
 * card of an untouched touchpoint, at the same place) is the same tree as
 * before, which the DOM patch then skips at once. Without one, every piece is
 * computed, as for exports and the CLI. The result is the same either way.
 */
export class RenderMemo {
    /**
     * The pieces by kind (a slot: 'card', a stage's KPI boxes), then by the id of what they show. Two levels
     * rather than one key made of both: a first draw keeps thousands of pieces, and a key made for each one
     * (a new string, hashed when stored) was a tenth of the map's layout; a slot and a model's id are strings
     * hashed once.
     */
    private tables = new Map<string, Map<string, Entry>>();
    private count = 0;
    private round = 0;
    private scope: unknown[] = [];
    /** Nothing was kept for this render (the first one, or a new scope): no piece is looked for. */
    private empty = true;
    /** The pieces this render used: when that is all of them, none is dropped at its end. */
    private used = 0;

    /**
     * A render starts; `scope` is what every piece may read besides its own
     * inputs (the model's definitions, the words, the lens): when any of it
     * differs from the last render's, nothing is kept.
     */
    begin(scope: unknown[]): void {
        if (!sameValues(scope, this.scope)) {
            this.tables.clear();
            this.count = 0;
        }
        this.scope = scope;
        this.round++;
        this.empty = this.count === 0;
        this.used = 0;
    }

    /** The render is done: pieces it did not use are dropped (their elements are gone). */
    end(): void {
        if (this.used === this.count) {
            return;
        }
        for (const [slot, table] of this.tables) {
            for (const [id, entry] of table) {
                if (entry.round !== this.round) {
                    table.delete(id);
                    this.count--;
                }
            }
            if (table.size === 0) {
                this.tables.delete(slot);
            }
        }
    }

    /** The piece of `slot` for `id` (see `remember` below). */
    remember<T>(slot: string, id: string, deps: unknown[], compute: () => T): T {
        let table = this.tables.get(slot);
        if (table === undefined) {
            table = new Map();
            this.tables.set(slot, table);
        }
        // A first draw keeps thousands of pieces and finds none: it does not look.
        const entry = this.empty ? undefined : table.get(id);
        if (entry && sameValues(entry.deps, deps)) {
            if (entry.round !== this.round) {
                entry.round = this.round;
                this.used++;
            }
            return entry.value as T;
        }
        const value = compute();
        if (entry === undefined) {
            // A piece new to the memo (in a first render, maybe one computed already under the same id: counted once).
            const size = table.size;
            table.set(id, { deps, value, round: this.round });
            if (table.size > size) {
                this.count++;
                this.used++;
            }
            return value;
        }
        if (entry.round !== this.round) {
            // A piece kept from the last render, computed again (else one this render computed already: counted once).
            this.used++;
        }
        entry.deps = deps;
        entry.value = value;
        entry.round = this.round;
        return value;
    }

    get size(): number {
        return this.count;
    }
}

function sameValues(a: unknown[], b: unknown[]): boolean {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * `compute()`, or what it gave in an earlier render for the same `slot`, `id`
 * and `deps`. The slot names the kind of piece (a literal, or one made once for
 * many pieces), the id tells apart the pieces of a slot. `deps` must hold
 * everything `compute` reads that is not in the memo's scope: the elements (by
 * identity: a delta keeps unchanged ones), positions and sizes.
 */
export function remember<T>(context: MapContext, slot: string, id: string, deps: unknown[], compute: () => T): T {
    return context.memo ? context.memo.remember(slot, id, deps, compute) : compute();
}
