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
    const clean = attrs as Record<string, string>;
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

/**
 * Elements whose children are not built yet (see `lazy`), with the first child
 * they will have (kept so that it can be read without building the rest).
 */
const unbuilt = new WeakMap<VElement, VNode>();

/**
 * Builds an element whose children are built when first read: `first`, then
 * whatever `rest` returns. A wide map's cells are laid out (measured) at once
 * but their insides are built only when drawn: the preview leaves most of them
 * out of the page at first (src/webview/virtual-columns.ts), and exports read
 * every one, so the tree they see is the same as if built at once. `rest` must
 * depend on nothing that changes after this call, and holds no `data-id`
 * element (the preview finds waiting elements by id without building them).
 */
export function lazy(tag: string, attrs: Record<string, AttrValue>, first: VNode, rest: () => VNode[], key?: string): VElement {
    const element = h(tag, attrs, [], key);
    unbuilt.set(element, first);
    Object.defineProperty(element, 'children', {
        configurable: true,
        enumerable: true,
        get(this: VElement): VNode[] {
            const children = [first, ...rest()];
            Object.defineProperty(this, 'children', { value: children, configurable: true, enumerable: true, writable: true });
            unbuilt.delete(this);
            return children;
        }
    });
    return element;
}

/**
 * Gives an element's attribute `name` (already set, which keeps its place among
 * the attributes) a value computed when first read, as `lazy` does for children:
 * the preview reads a waiting cell's place and class, never its label.
 */
export function lazyAttribute(element: VElement, name: string, value: () => string): void {
    Object.defineProperty(element.attrs, name, {
        configurable: true,
        enumerable: true,
        get(this: Record<string, string>): string {
            const computed = value();
            Object.defineProperty(this, name, { value: computed, configurable: true, enumerable: true, writable: true });
            return computed;
        }
    });
}

/** Whether an element's children are built (always, but for a `lazy` element not read yet). */
export function childrenBuilt(node: VElement): boolean {
    return !unbuilt.has(node);
}

/** An element's first child, read without building the children of a `lazy` element. */
export function firstChild(node: VElement): VNode | undefined {
    return unbuilt.has(node) ? unbuilt.get(node) : node.children[0];
}

export function num(value: number): string {
    if (Number.isInteger(value)) {
        return String(value);
    }
    const rounded = Math.round(value * 10) / 10;
    return rounded === 0 ? '0' : String(rounded);
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
