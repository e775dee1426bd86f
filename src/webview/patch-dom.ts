import { childrenBuilt, elementId, type VElement, type VNode } from '../render/vnode.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PatchStats {
    created: number;
    updated: number;
    removed: number;
}

/**
 * Which elements may wait outside the page for now: `node`, a child of
 * `parent`, itself a child of `grandparent`. A deferred element is a
 * placeholder (an empty comment) in its place until `fill` puts it in.
 */
export type Deferral = (node: VElement, parent: VElement, grandparent: VElement | undefined) => boolean;

interface Deferred {
    node: VElement;
    parent: VElement;
    grandparent: VElement | undefined;
    /** The ids (`data-id`) in the deferred tree, read when first asked for. */
    ids?: Set<string>;
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
    private defer: Deferral | undefined;
    /** The placeholders in the page, in the order they were made, with the trees they stand for. */
    private readonly deferred = new Map<Comment, Deferred>();

    constructor(private readonly container: Element) {}

    get element(): Element | undefined {
        return this.root;
    }

    /** How many elements wait outside the page. */
    get waiting(): number {
        return this.deferred.size;
    }

    /**
     * Makes the DOM equal to `next`, leaving out for now the new elements that
     * `defer` names (elements already in the page stay in it).
     */
    render(next: VElement, defer?: Deferral): PatchStats {
        this.stats = { created: 0, updated: 0, removed: 0 };
        this.defer = defer;
        if (!this.root || !this.tree || this.tree.tag !== next.tag) {
            this.deferred.clear();
            const created = this.create(next, undefined, undefined) as Element;
            if (this.root) {
                this.root.replaceWith(created);
            } else {
                this.container.append(created);
            }
            this.root = created;
        } else {
            this.update(this.root, this.tree, next, undefined, undefined);
        }
        this.tree = next;
        return this.stats;
    }

    /**
     * Puts deferred elements in the page: those `wanted` accepts, at most
     * `limit` of them, in the order they were deferred. Answers how many.
     */
    fill(wanted: (node: VElement) => boolean = () => true, limit = Infinity): number {
        return this.fillWhere(deferred => wanted(deferred.node), limit);
    }

    /** Puts in the page every deferred element that is, or holds, an element of this id (`data-id`); answers how many. */
    fillId(id: string): number {
        return this.deferred.size === 0 ? 0 : this.fillWhere(deferred => idsOf(deferred).has(id), Infinity);
    }

    private fillWhere(wanted: (deferred: Deferred) => boolean, limit: number): number {
        let filled = 0;
        for (const [placeholder, deferred] of this.deferred) {
            if (filled >= limit) {
                break;
            }
            if (wanted(deferred)) {
                this.deferred.delete(placeholder);
                placeholder.parentNode?.replaceChild(this.build(deferred.node, deferred.parent), placeholder);
                filled++;
            }
        }
        return filled;
    }

    /** A tree's DOM, or a placeholder for it when the deferral says it can wait. */
    private create(node: VNode, parent: VElement | undefined, grandparent: VElement | undefined): Node {
        if (typeof node !== 'string' && parent && this.defer?.(node, parent, grandparent)) {
            const placeholder = this.container.ownerDocument.createComment('');
            this.deferred.set(placeholder, { node, parent, grandparent });
            return placeholder;
        }
        return this.build(node, parent);
    }

    /**
     * The DOM of a tree, built detached and put in the page by the caller in one
     * go. A first draw builds tens of thousands of elements here: plain loops,
     * `appendChild` and no copies of the attributes keep the script's share small.
     */
    private build(node: VNode, parent: VElement | undefined): Node {
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
            element.appendChild(this.defer ? this.create(children[i], node, parent) : this.build(children[i], node));
        }
        return element;
    }

    /**
     * The common case after an edit: the same children in the same places, most
     * of them the very trees of the last render (a render reuses what did not
     * change). Patches them where they are, without a map of keys; false when
     * anything moved, came or went.
     */
    private updateInPlace(element: Element, previous: VNode[], parent: VElement, grandparent: VElement | undefined): boolean {
        const next = parent.children;
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
                this.update(domChildren[i], a as VElement, b, parent, grandparent);
            }
        }
        return true;
    }

    /** Patches `node` (made for `previous`) to `next`, a child of `parent`; answers the node now in its place. */
    private update(node: Node, previous: VElement, next: VElement, parent: VElement | undefined, grandparent: VElement | undefined): Node {
        if (previous === next) {
            return node;
        }
        const deferred = this.deferred.get(node as Comment);
        if (deferred) {
            // Still outside the page: it stands for the new tree now. Else the new tree goes in.
            if (parent && this.defer?.(next, parent, grandparent)) {
                this.deferred.set(node as Comment, { node: next, parent, grandparent });
                return node;
            }
            this.deferred.delete(node as Comment);
            const built = this.build(next, parent);
            node.parentNode?.replaceChild(built, node);
            return built;
        }
        const element = node as Element;
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
        this.updateChildren(element, previous.children, next, parent);
        return element;
    }

    private updateChildren(element: Element, previous: VNode[], parent: VElement, grandparent: VElement | undefined): void {
        if (this.updateInPlace(element, previous, parent, grandparent)) {
            return;
        }
        const next = parent.children;
        // The DOM children are exactly the nodes made for `previous` (or their placeholders), in order.
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
                    return match.node;
                }
                return this.update(match.node, match.vnode as VElement, vnode, parent, grandparent);
            }
            return this.create(vnode, parent, grandparent);
        });
        for (const { node } of existing.values()) {
            node.parentNode?.removeChild(node);
            this.deferred.delete(node as Comment);
            this.stats.removed++;
        }
        wanted.forEach((node, i) => {
            if (element.childNodes[i] !== node) {
                element.insertBefore(node, element.childNodes[i] ?? null);
            }
        });
    }
}

function idsOf(deferred: Deferred): Set<string> {
    if (!deferred.ids) {
        const ids = new Set<string>();
        const walk = (node: VNode) => {
            if (typeof node !== 'string') {
                const id = elementId(node);
                if (id !== undefined) {
                    ids.add(id);
                }
                // Insides not built yet hold no ids (see `lazy` in vnode.ts): they stay unbuilt until drawn.
                if (childrenBuilt(node)) {
                    node.children.forEach(walk);
                }
            }
        };
        walk(deferred.node);
        deferred.ids = ids;
    }
    return deferred.ids;
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
