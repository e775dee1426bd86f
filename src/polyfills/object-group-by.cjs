// Node 20 (this machine, and the VS Code 1.100 extension host) lacks Object.groupBy,
// which chevrotain 13 calls while checking the grammar. Loaded before any parser is built.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
