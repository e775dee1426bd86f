import type { VElement, VNode } from '../../src/render/vnode.js';

/** Every element of a tree, depth first. */
export function* elements(node: VNode): Generator<VElement> {
    if (typeof node === 'string') {
        return;
    }
    yield node;
    for (const child of node.children) {
        yield* elements(child);
    }
}

export function byId(root: VNode, id: string): VElement[] {
    return [...elements(root)].filter(e => e.attrs['data-id'] === id);
}

/** The text a person reads in a subtree (tooltips left out), lines joined by spaces. */
export function visibleText(node: VNode): string {
    if (typeof node === 'string') {
        return node;
    }
    if (node.tag === 'title') {
        return '';
    }
    const parts = node.children.map(visibleText).filter(text => text.length > 0);
    return parts.join(node.tag === 'text' ? ' ' : ' ');
}

export function tooltips(node: VNode): string[] {
    return [...elements(node)].filter(e => e.tag === 'title').map(e => e.children.join(''));
}

/** The translation of a `translate(x y)` transform. */
export function translation(element: VElement): { x: number; y: number } {
    const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(element.attrs.transform ?? '');
    return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
}
