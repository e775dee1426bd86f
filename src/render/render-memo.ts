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
    private entries = new Map<string, Entry>();
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
            this.entries.clear();
        }
        this.scope = scope;
        this.round++;
        this.empty = this.entries.size === 0;
        this.used = 0;
    }

    /** The render is done: pieces it did not use are dropped (their elements are gone). */
    end(): void {
        if (this.used === this.entries.size) {
            return;
        }
        for (const [key, entry] of this.entries) {
            if (entry.round !== this.round) {
                this.entries.delete(key);
            }
        }
    }

    remember<T>(key: string, deps: unknown[], compute: () => T): T {
        // A first draw keeps thousands of pieces and finds none: it does not look.
        const entry = this.empty ? undefined : this.entries.get(key);
        if (entry && sameValues(entry.deps, deps)) {
            if (entry.round !== this.round) {
                entry.round = this.round;
                this.used++;
            }
            return entry.value as T;
        }
        const value = compute();
        if (entry?.round !== this.round) {
            // A piece new to this render (else one it computed already, under the same key: it is counted once).
            this.used++;
        }
        this.entries.set(key, { deps, value, round: this.round });
        return value;
    }

    get size(): number {
        return this.entries.size;
    }
}

function sameValues(a: unknown[], b: unknown[]): boolean {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * `compute()`, or what it gave in an earlier render for the same `key` and
 * `deps`. `deps` must hold everything `compute` reads that is not in the
 * memo's scope: the elements (by identity: a delta keeps unchanged ones), positions and sizes.
 */
export function remember<T>(context: MapContext, key: string, deps: unknown[], compute: () => T): T {
    return context.memo ? context.memo.remember(key, deps, compute) : compute();
}
