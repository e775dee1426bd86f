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
