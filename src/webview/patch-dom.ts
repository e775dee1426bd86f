import type { VElement, VNode } from '../render/vnode.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PatchStats {
    created: number;
    updated: number;
    removed: number;
}

/**
 * Keeps a DOM subtree equal to the latest render tree by changing only what
 * differs from the previous tree: elements with the same key (or position) are
 * kept, so focus, scroll and anything the page added stay. Text is set with
 * text nodes and attribute values with setAttribute; nothing is parsed as markup.
 */
export class DomPatcher {
    private tree: VElement | undefined;
    private root: Element | undefined;
    private stats: PatchStats = { created: 0, updated: 0, removed: 0 };

    constructor(private readonly container: Element) {}

    get element(): Element | undefined {
        return this.root;
    }

    render(next: VElement): PatchStats {
        this.stats = { created: 0, updated: 0, removed: 0 };
        if (!this.root || !this.tree || this.tree.tag !== next.tag) {
            const created = this.create(next) as Element;
            if (this.root) {
                this.root.replaceWith(created);
            } else {
                this.container.append(created);
            }
            this.root = created;
        } else {
            this.update(this.root, this.tree, next);
        }
        this.tree = next;
        return this.stats;
    }

    /**
     * The DOM of a tree, built detached and put in the page by the caller in one
     * go. A first draw builds tens of thousands of elements here: plain loops,
     * `appendChild` and no copies of the attributes keep the script's share small.
     */
    private create(node: VNode): Node {
        const document = this.container.ownerDocument;
        this.stats.created++;
        if (typeof node === 'string') {
            return document.createTextNode(node);
        }
        const element = document.createElementNS(SVG_NS, node.tag);
        const attrs = node.attrs;
        for (const name in attrs) {
            setAttribute(element, name, attrs[name]);
        }
        const children = node.children;
        for (let i = 0; i < children.length; i++) {
            element.appendChild(this.create(children[i]));
        }
        return element;
    }

    /**
     * The common case after an edit: the same children in the same places, most
     * of them the very trees of the last render (a render reuses what did not
     * change). Patches them where they are, without a map of keys; false when
     * anything moved, came or went.
     */
    private updateInPlace(element: Element, previous: VNode[], next: VNode[]): boolean {
        if (previous.length !== next.length) {
            return false;
        }
        for (let i = 0; i < next.length; i++) {
            const a = previous[i];
            const b = next[i];
            if (a !== b && (!sameKind(a, b) || (typeof a !== 'string' && a.key !== (b as VElement).key))) {
                return false;
            }
        }
        const domChildren = element.childNodes;
        for (let i = 0; i < next.length; i++) {
            const a = previous[i];
            const b = next[i];
            if (a === b) {
                continue;
            }
            if (typeof b === 'string') {
                domChildren[i].nodeValue = b;
                this.stats.updated++;
            } else {
                this.update(domChildren[i] as Element, a as VElement, b);
            }
        }
        return true;
    }

    private update(element: Element, previous: VElement, next: VElement): void {
        if (previous === next) {
            return;
        }
        let changed = false;
        for (const name of Object.keys(previous.attrs)) {
            if (!(name in next.attrs)) {
                element.removeAttribute(name);
                changed = true;
            }
        }
        for (const [name, value] of Object.entries(next.attrs)) {
            if (previous.attrs[name] !== value) {
                setAttribute(element, name, value);
                changed = true;
            }
        }
        if (changed) {
            this.stats.updated++;
        }
        this.updateChildren(element, previous.children, next.children);
    }

    private updateChildren(element: Element, previous: VNode[], next: VNode[]): void {
        if (this.updateInPlace(element, previous, next)) {
            return;
        }
        // The DOM children are exactly the nodes made for `previous`, in order.
        const existing = new Map<string, { node: Node; vnode: VNode }>();
        const domChildren = element.childNodes;
        previous.forEach((vnode, i) => existing.set(keyOf(vnode, i), { node: domChildren[i], vnode }));
        const wanted: Node[] = next.map((vnode, i) => {
            const key = keyOf(vnode, i);
            const match = existing.get(key);
            if (match && sameKind(match.vnode, vnode)) {
                existing.delete(key);
                if (typeof vnode === 'string') {
                    if (match.vnode !== vnode) {
                        match.node.nodeValue = vnode;
                        this.stats.updated++;
                    }
                } else {
                    this.update(match.node as Element, match.vnode as VElement, vnode);
                }
                return match.node;
            }
            return this.create(vnode);
        });
        for (const { node } of existing.values()) {
            node.parentNode?.removeChild(node);
            this.stats.removed++;
        }
        wanted.forEach((node, i) => {
            if (element.childNodes[i] !== node) {
                element.insertBefore(node, element.childNodes[i] ?? null);
            }
        });
    }
}

function keyOf(node: VNode, index: number): string {
    if (typeof node === 'string') {
        return `#${index}`;
    }
    return node.key !== undefined ? `k:${node.key}` : `#${index}:${node.tag}`;
}

function sameKind(a: VNode, b: VNode): boolean {
    return typeof a === 'string' ? typeof b === 'string' : typeof b !== 'string' && a.tag === b.tag;
}

function setAttribute(element: Element, name: string, value: string): void {
    // Event handler attributes never come from the renderer; refuse them all the same.
    if (isHandlerName(name)) {
        return;
    }
    element.setAttribute(name, value);
}

/** `on…` in any case (`onclick`, `ONLOAD`): an event handler attribute. */
export function isHandlerName(name: string): boolean {
    return name.length >= 2 && (name.charCodeAt(0) | 0x20) === 0x6f && (name.charCodeAt(1) | 0x20) === 0x6e;
}
