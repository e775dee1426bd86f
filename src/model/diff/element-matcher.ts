import { groupByKey } from '../../language/group-by-key.js';

/**
 * Pairs the elements of the old and new side. Passes run in order over what is
 * still unpaired: first the exact key (same qualified name), then weaker ones
 * (same name elsewhere, same title, same content) that only pair an element
 * when exactly one candidate on each side shares the key, so a guess is never
 * made between look-alikes.
 */
export type MatchHow = 'exact' | 'name' | 'title' | 'content';

export interface MatchPass<T> {
    how: MatchHow;
    /** The key of an element on the old (`base`) or new (`head`) side; undefined: takes no part in this pass. */
    key(element: T, side: 'base' | 'head'): string | undefined;
}

export interface MatchedPair<T> {
    base: T;
    head: T;
    how: MatchHow;
}

export interface MatchResult<T> {
    /** In the new side's order. */
    pairs: MatchedPair<T>[];
    /** In the old side's order. */
    removed: T[];
    /** In the new side's order. */
    added: T[];
}

export function matchElements<T>(base: readonly T[], head: readonly T[], passes: readonly MatchPass<T>[]): MatchResult<T> {
    const unpairedBase = new Set(base);
    const unpairedHead = new Set(head);
    const pairs: MatchedPair<T>[] = [];
    for (const pass of passes) {
        if (unpairedBase.size === 0 || unpairedHead.size === 0) {
            break;
        }
        const baseByKey = groupByKey(unpairedBase, element => pass.key(element, 'base'));
        const headByKey = groupByKey(unpairedHead, element => pass.key(element, 'head'));
        for (const [key, heads] of headByKey) {
            const bases = baseByKey.get(key);
            if (!bases) {
                continue;
            }
            // Exact names pair in order (a duplicate name is reported by validation); the rest only when unambiguous.
            const count = pass.how === 'exact' ? Math.min(bases.length, heads.length) : (bases.length === 1 && heads.length === 1 ? 1 : 0);
            for (let i = 0; i < count; i++) {
                pairs.push({ base: bases[i], head: heads[i], how: pass.how });
                unpairedBase.delete(bases[i]);
                unpairedHead.delete(heads[i]);
            }
        }
    }
    const headOrder = new Map(head.map((element, index) => [element, index]));
    pairs.sort((a, b) => headOrder.get(a.head)! - headOrder.get(b.head)!);
    return { pairs, removed: [...unpairedBase], added: [...unpairedHead] };
}
