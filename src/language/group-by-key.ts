/**
 * `elements` grouped by `key`, each group in the elements' order; an element
 * whose key is undefined is left out. (Node 20 has no `Map.groupBy`.)
 */
export function groupByKey<T, K>(elements: Iterable<T>, key: (element: T) => K | undefined): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const element of elements) {
        const k = key(element);
        if (k === undefined) {
            continue;
        }
        const group = groups.get(k);
        if (group) {
            group.push(element);
        } else {
            groups.set(k, [element]);
        }
    }
    return groups;
}
