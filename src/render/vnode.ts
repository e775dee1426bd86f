import { escapeMarkup } from './escape.js';

/**
 * The renderer's output: a plain tree of elements and text. It is serialised to
 * markup for exports and patched into the DOM by the preview; either way model
 * text only ever becomes text nodes or attribute values.
 */
export interface VElement {
    tag: string;
    attrs: Record<string, string>;
    children: VNode[];
    /** Identifies the element among its siblings across renders, so a patch can keep it. */
    key?: string;
}

export type VNode = VElement | string;

type AttrValue = string | number | boolean | undefined;

/** Builds an element; `undefined` and `false` attributes are left out, numbers rounded to 0.1. */
export function h(tag: string, attrs: Record<string, AttrValue> = {}, children: Array<VNode | undefined | false> = [], key?: string): VElement {
    const clean = normalise(attrs);
    let kept = children as VNode[];
    for (let i = 0; i < children.length; i++) {
        if (children[i] === undefined || children[i] === false) {
            kept = children.filter((c): c is VNode => c !== undefined && c !== false);
            break;
        }
    }
    const element: VElement = { tag, attrs: clean, children: kept };
    if (key !== undefined) {
        element.key = key;
    }
    return element;
}

function normalise(attrs: Record<string, AttrValue>): Record<string, string> {
    // The attribute object is fresh at every call site: normalise it in place rather than copy it
    // (a map allocates tens of thousands of these per render).
    for (const name in attrs) {
        const value = attrs[name];
        if (typeof value === 'number') {
            attrs[name] = num(value);
        } else if (value === undefined || value === false) {
            delete attrs[name];
        } else if (value === true) {
            attrs[name] = '';
        }
    }
    return attrs as Record<string, string>;
}

/**
 * What the preview reads of a lane's cell without building it: where it lies
 * across the map (in map units), its class and its id (`data-id`).
 */
export interface CellPlace {
    from: number;
    to: number;
    className: string;
    id: string;
}

/**
 * An element whose attributes and children are made when first read (each
 * once). A wide map's cells are laid out (measured) at once but made only when
 * drawn: the preview leaves most of them out of the page at first (see
 * src/webview/virtual-columns.ts), and exports read every one, so the tree
 * they see is the same as if built at once. A first draw of 1,000 touchpoints
 * lays out some 4,000 cells and draws a few hundred: a plain object with its
 * getters on the prototype is the cheapest such element to make (defining a
 * getter on each object costs many times more). The functions must depend on
 * nothing that changes after the element is made, and the children hold no
 * `data-id` element (the preview finds waiting elements by id without building them).
 */
export class LazyElement implements VElement {
    // Plain assignments in the constructor: fields declared with initialisers would each be defined one by one.
    declare readonly tag: string;
    declare readonly key: string | undefined;
    /** Read by the preview to place a cell without building it; undefined: not a cell. */
    declare readonly place: CellPlace | undefined;
    declare private makeAttrs: Record<string, AttrValue> | (() => Record<string, AttrValue>);
    declare private makeChildren: () => VNode[];
    /** The first child, when it is known before the rest are built (see `firstChild`). */
    declare private readonly first: VNode | undefined;
    declare private madeAttrs: Record<string, string> | undefined;
    declare private madeChildren: VNode[] | undefined;

    constructor(tag: string, attrs: Record<string, AttrValue> | (() => Record<string, AttrValue>), children: () => VNode[], key: string | undefined,
        place: CellPlace | undefined, first?: VNode) {
        this.tag = tag;
        this.key = key;
        this.place = place;
        this.makeAttrs = attrs;
        this.makeChildren = children;
        this.first = first;
        this.madeAttrs = undefined;
        this.madeChildren = undefined;
    }

    get attrs(): Record<string, string> {
        if (this.madeAttrs === undefined) {
            const attrs = this.makeAttrs;
            this.madeAttrs = normalise(typeof attrs === 'function' ? attrs() : attrs);
            this.makeAttrs = NO_ATTRS;
        }
        return this.madeAttrs;
    }

    get children(): VNode[] {
        if (this.madeChildren === undefined) {
            this.madeChildren = this.makeChildren();
            this.makeChildren = NO_CHILDREN;
        }
        return this.madeChildren;
    }

    /** Whether the children are made (read once). */
    get childrenBuilt(): boolean {
        return this.madeChildren !== undefined;
    }

    /** Whether the attributes are made (read once). */
    get attributesBuilt(): boolean {
        return this.madeAttrs !== undefined;
    }

    /** The first child, made without the rest when it was given apart (else all the children are made). */
    get firstChild(): VNode | undefined {
        return this.madeChildren === undefined && this.first !== undefined ? this.first : this.children[0];
    }
}

const NO_ATTRS = (): Record<string, AttrValue> => ({});
const NO_CHILDREN = (): VNode[] => [];

/**
 * Builds an element whose children are built when first read: `first`, then
 * whatever `rest` returns (see `LazyElement`).
 */
export function lazy(tag: string, attrs: Record<string, AttrValue>, first: VNode, rest: () => VNode[], key?: string): VElement {
    return new LazyElement(tag, normalise(attrs), () => [first, ...rest()], key, undefined, first);
}

/** Whether an element's children are built (always, but for a `LazyElement` not read yet). */
export function childrenBuilt(node: VElement): boolean {
    return !(node instanceof LazyElement) || node.childrenBuilt;
}

/** An element's first child, read without building the children of a `lazy` element. */
export function firstChild(node: VElement): VNode | undefined {
    return node instanceof LazyElement ? node.firstChild : node.children[0];
}

/**
 * A plain copy of an element with other attributes or children (a spread
 * would not copy a `LazyElement`'s, which are made on the prototype's getters).
 */
export function copyElement(node: VElement, changes: { attrs?: Record<string, string>; children?: VNode[] }): VElement {
    const copy: VElement = { tag: node.tag, attrs: changes.attrs ?? node.attrs, children: changes.children ?? node.children };
    if (node.key !== undefined) {
        copy.key = node.key;
    }
    return copy;
}

/** An element's id (`data-id`), read without building a waiting cell's attributes. */
export function elementId(node: VElement): string | undefined {
    return node instanceof LazyElement && node.place && !node.attributesBuilt ? node.place.id : node.attrs['data-id'];
}

export function num(value: number): string {
    if (Number.isInteger(value)) {
        return String(value);
    }
    const tenths = Math.round(value * 10);
    if (tenths === 0) {
        return '0';
    }
    const whole = Math.abs(tenths);
    if (tenths % 10 === 0 || !(whole < 1e12)) {
        return String(tenths / 10);
    }
    // What String(tenths / 10) writes (the shortest decimal of that number has its one decimal), made of whole
    // numbers: writing a fraction is the slow case of a number's conversion, and a map writes thousands of them.
    return (tenths < 0 ? '-' : '') + String(Math.floor(whole / 10)) + '.' + String(whole % 10);
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const checkedNames = new Set<string>();

function checkName(name: string, what: string): void {
    if (!checkedNames.has(name)) {
        if (!NAME.test(name)) {
            throw new Error(`invalid ${what} name '${name}'`);
        }
        checkedNames.add(name);
    }
}

/** Serialises a tree as XML-compatible markup (valid SVG, and HTML when embedded). */
export function toMarkup(node: VNode): string {
    return write(node);
}

function write(node: VNode): string {
    if (typeof node === 'string') {
        return escapeMarkup(node);
    }
    // Tag and attribute names come from the renderer's code, never from a model: check anyway.
    checkName(node.tag, 'element');
    let out = '<' + node.tag;
    const attrs = node.attrs;
    for (const name in attrs) {
        checkName(name, 'attribute');
        out += ' ' + name + '="' + escapeMarkup(attrs[name]) + '"';
    }
    const children = node.children;
    if (children.length === 0) {
        return out + '/>';
    }
    out += '>';
    for (let i = 0; i < children.length; i++) {
        out += write(children[i]);
    }
    return out + '</' + node.tag + '>';
}
