import type { AnyElement, ViewReference } from '../view-model.js';

/** Fields that name or place an element, or are derived from others: not its content. */
const NOT_CONTENT = new Set(['id', 'kind', 'name', 'title', 'hasTitle', 'source', 'qualifiedName', 'effectiveOwner', 'passedBy', 'passedByFrom', 'status']);

/**
 * What an element says apart from its name and title, as a comparable key, so
 * that an element renamed without other edits can be recognised. Undefined for
 * an element that says nothing else: two of those would match by accident.
 * Journeys and stages count their children by name.
 */
export function contentKey(element: AnyElement): string | undefined {
    const parts: Array<[string, unknown]> = [];
    for (const [field, value] of Object.entries(element)) {
        if (NOT_CONTENT.has(field) || value === undefined || (Array.isArray(value) && value.length === 0)) {
            continue;
        }
        parts.push([field, plain(field, value)]);
    }
    return parts.length === 0 ? undefined : `${element.kind}:${JSON.stringify(parts)}`;
}

function plain(field: string, value: unknown): unknown {
    if (field === 'stages' || field === 'touchpoints') {
        return (value as Array<{ name: string }>).map(child => child.name);
    }
    if (Array.isArray(value)) {
        return value.map(item => isReference(item) ? item.name : item);
    }
    if (isReference(value)) {
        return value.name;
    }
    if (typeof value === 'object' && value !== null && 'text' in value) {
        const quantity = value as { text: string; comparator?: string };
        return quantity.comparator ? `${quantity.comparator} ${quantity.text}` : quantity.text;
    }
    return value;
}

function isReference(value: unknown): value is ViewReference {
    return typeof value === 'object' && value !== null && 'resolved' in value && 'name' in value;
}
