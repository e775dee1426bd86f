import { childrenBuilt, elementId, type VElement, type VNode } from '../render/vnode.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PatchStats {
    created: number;
    updated: number;
    removed: number;
}

/**
 * Which elements may wait outside the page for now: `node`, a child of
 * `parent`, itself a child of `grandparent`. Deferred elements wait in the
 * page as a placeholder (an empty comment), one for each run of them side by
 * side, until `fill` puts them in.
 */
export type Deferral = (node: VElement, parent: VElement, grandparent: VElement | undefined) => boolean;

/**
 * A run of children of `parent` waiting outside the page, `count` of them from
 * `start` on: one placeholder stands for them all. A wide map's first draw
 * leaves thousands of cells out; a placeholder, its map entry and its place in
 * the page for each was a tenth of the draw.
 */
interface Run {
    parent: VElement;
    grandparent: VElement | undefined;
    start: number;
    count: number;
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
    /** The placeholders in the page, in the order they were made, with the runs they stand for. */
    private readonly deferred = new Map<Comment, Run>();
    /** How many elements the runs hold. */
    private waitingCount = 0;

    constructor(private readonly container: Element) {}

    get element(): Element | undefined {
        return this.root;
    }

    /** How many elements wait outside the page. */
    get waiting(): number {
        return this.waitingCount;
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
            this.waitingCount = 0;
            const created = this.build(next, undefined) as Element;
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
        let filled = 0;
        // A run split in the middle leaves its later part under a new placeholder, at the end of the order: it is
        // looked at again, and holds nothing wanted.
        for (const [placeholder, run] of this.deferred) {
            if (filled >= limit) {
                break;
            }
            if (!placeholder.isConnected) {
                // In a tree a patch took out of the page: nothing to put in.
                this.deferred.delete(placeholder);
                this.waitingCount -= run.count;
                continue;
            }
            filled += this.split(placeholder, run, wanted, limit - filled);
        }
        return filled;
    }

    /** Puts in the page every deferred element that is, or holds, an element of this id (`data-id`); answers how many. */
    fillId(id: string): number {
        return this.deferred.size === 0 ? 0 : this.fill(node => idsOf(node).has(id));
    }

    /**
     * Puts in the page the elements of a run that `wanted` accepts (at most
     * `limit`, from the left), each in its place; the others wait on, a
     * placeholder for each stretch of them (the first keeps the run's placeholder
     * and its place in the order). Answers how many went in.
     */
    private split(placeholder: Comment, run: Run, wanted: (node: VElement) => boolean, limit: number): number {
        const { parent, grandparent, start, count } = run;
        const cells = parent.children;
        const end = start + count;
        const going: number[] = [];
        for (let i = start; i < end && going.length < limit; i++) {
            if (wanted(cells[i] as VElement)) {
                going.push(i);
            }
        }
        if (going.length === 0) {
            return 0;
        }
        this.waitingCount -= count;
        const nodes: Node[] = [];
        let reuse: Comment | undefined = placeholder;
        let from = start;
        const waitUntil = (to: number) => {
            if (to > from) {
                nodes.push(this.placeholder(reuse, parent, grandparent, from, to - from));
                reuse = undefined;
            }
        };
        for (const i of going) {
            waitUntil(i);
            nodes.push(this.build(cells[i], parent));
            from = i + 1;
        }
        waitUntil(end);
        if (reuse) {
            // Every element of the run went in.
            this.deferred.delete(placeholder);
        }
        const parentNode = placeholder.parentNode;
        if (parentNode) {
            const after = placeholder.nextSibling;
            parentNode.removeChild(placeholder);
            for (const node of nodes) {
                parentNode.insertBefore(node, after);
            }
        }
        return going.length;
    }

    /** A placeholder (`reuse`, or a new one) standing for `count` children of `parent` from `start` on; counted as waiting. */
    private placeholder(reuse: Comment | undefined, parent: VElement, grandparent: VElement | undefined, start: number, count: number): Comment {
        this.waitingCount += count;
        if (reuse) {
            this.deferred.set(reuse, { parent, grandparent, start, count });
            return reuse;
        }
        const placeholder = this.container.ownerDocument.createComment('');
        this.deferred.set(placeholder, { parent, grandparent, start, count });
        return placeholder;
    }

    /**
     * The DOM of a tree, built detached and put in the page by the caller in one
     * go. A first draw builds tens of thousands of elements here: plain loops,
     * `appendChild` and no copies of the attributes keep the script's share small.
     * Children the deferral names wait outside, a placeholder for each run of them.
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
            // As `setAttribute` below, its test written out: a first draw sets thousands of attributes here.
            if ((name.charCodeAt(0) | 0x20) !== 0x6f || (name.charCodeAt(1) | 0x20) !== 0x6e) {
                element.setAttribute(name, attrs[name]);
            }
        }
        const children = node.children;
        const defer = this.defer;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (defer !== undefined && typeof child !== 'string' && defer(child, node, parent)) {
                let end = i + 1;
                while (end < children.length && typeof children[end] !== 'string' && defer(children[end] as VElement, node, parent)) {
                    end++;
                }
                element.appendChild(this.placeholder(undefined, node, parent, i, end - i));
                i = end - 1;
            } else {
                element.appendChild(this.build(child, node));
            }
        }
        return element;
    }

    /** A tree's DOM, or a placeholder for it when the deferral says it can wait; `index`: its place among `parent`'s children. */
    private create(node: VNode, parent: VElement, grandparent: VElement | undefined, index: number): Node {
        if (typeof node !== 'string' && this.defer?.(node, parent, grandparent)) {
            return this.placeholder(undefined, parent, grandparent, index, 1);
        }
        return this.build(node, parent);
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
        // The DOM children are the nodes made for `previous`, in order, a placeholder standing for each run that waits.
        let node = element.firstChild;
        for (let i = 0; i < next.length && node;) {
            const run = this.deferred.get(node as Comment);
            const after: ChildNode | null = node.nextSibling;
            if (run) {
                const count = run.count;
                this.updateRun(node as Comment, run, previous, parent, grandparent);
                i += count;
                node = after;
                continue;
            }
            const a = previous[i];
            const b = next[i];
            if (a !== b) {
                if (typeof b === 'string') {
                    node.nodeValue = b;
                    this.stats.updated++;
                } else {
                    this.update(node, a as VElement, b, parent, grandparent);
                }
            }
            i++;
            node = after;
        }
        return true;
    }

    /**
     * A run still waiting, its elements in the same places of `parent` (the new
     * tree) as of `previous`: it stands for the new trees, but those that changed
     * and that the deferral no longer names go in the page.
     */
    private updateRun(placeholder: Comment, run: Run, previous: VNode[], parent: VElement, grandparent: VElement | undefined): void {
        const next = parent.children;
        run.parent = parent;
        run.grandparent = grandparent;
        let going: Set<VNode> | undefined;
        for (let i = run.start; i < run.start + run.count; i++) {
            if (previous[i] !== next[i] && !this.defer?.(next[i] as VElement, parent, grandparent)) {
                (going ??= new Set()).add(next[i]);
            }
        }
        if (going) {
            const wanted = going;
            this.split(placeholder, run, node => wanted.has(node), Infinity);
        }
    }

    /** Patches `node` (made for `previous`) to `next`, a child of `parent`; answers the node now in its place. */
    private update(node: Node, previous: VElement, next: VElement, parent: VElement | undefined, grandparent: VElement | undefined): Node {
        if (previous === next) {
            return node;
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
        // The DOM children are the nodes made for `previous`, in order, or placeholders, each for a run of them.
        const existing = new Map<string, { node: Node; vnode: VNode }>();
        let node = element.firstChild;
        for (let i = 0; i < previous.length && node;) {
            const after: ChildNode | null = node.nextSibling;
            const run = this.deferred.get(node as Comment);
            if (run) {
                // Each element of a run gets a placeholder of its own here, whatever becomes of it.
                this.waitingCount -= run.count;
                for (let j = 0; j < run.count; j++, i++) {
                    const own = this.placeholder(j === 0 ? node as Comment : undefined, run.parent, run.grandparent, i, 1);
                    if (j > 0) {
                        element.insertBefore(own, after);
                    }
                    existing.set(keyOf(previous[i], i), { node: own, vnode: previous[i] });
                }
            } else {
                existing.set(keyOf(previous[i], i), { node, vnode: previous[i] });
                i++;
            }
            node = after;
        }
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
                if (this.deferred.has(match.node as Comment)) {
                    // Still outside the page: it stands for the new tree now. Else the new tree goes in.
                    this.waitingCount--;
                    if (match.vnode === vnode || this.defer?.(vnode, parent, grandparent)) {
                        return this.placeholder(match.node as Comment, parent, grandparent, i, 1);
                    }
                    this.deferred.delete(match.node as Comment);
                    match.node.parentNode?.removeChild(match.node);
                    return this.build(vnode, parent);
                }
                return this.update(match.node, match.vnode as VElement, vnode, parent, grandparent);
            }
            return this.create(vnode, parent, grandparent, i);
        });
        for (const { node } of existing.values()) {
            node.parentNode?.removeChild(node);
            if (this.deferred.delete(node as Comment)) {
                this.waitingCount--;
            }
            this.stats.removed++;
        }
        wanted.forEach((node, i) => {
            if (element.childNodes[i] !== node) {
                element.insertBefore(node, element.childNodes[i] ?? null);
            }
        });
    }
}

/** The ids (`data-id`) in a tree waiting outside the page, read when first asked for. */
const treeIds = new WeakMap<VElement, Set<string>>();

function idsOf(node: VElement): Set<string> {
    let ids = treeIds.get(node);
    if (!ids) {
        const found = new Set<string>();
        const walk = (node: VNode) => {
            if (typeof node !== 'string') {
                const id = elementId(node);
                if (id !== undefined) {
                    found.add(id);
                }
                // Insides not built yet hold no ids (see `lazy` in vnode.ts): they stay unbuilt until drawn.
                if (childrenBuilt(node)) {
                    node.children.forEach(walk);
                }
            }
        };
        walk(node);
        ids = found;
        treeIds.set(node, ids);
    }
    return ids;
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
