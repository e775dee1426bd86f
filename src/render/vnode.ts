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
    const clean: Record<string, string> = {};
    for (const [name, value] of Object.entries(attrs)) {
        if (value === undefined || value === false) {
            continue;
        }
        clean[name] = typeof value === 'number' ? num(value) : value === true ? '' : value;
    }
    const element: VElement = { tag, attrs: clean, children: children.filter((c): c is VNode => c !== undefined && c !== false) };
    if (key !== undefined) {
        element.key = key;
    }
    return element;
}

export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Serialises a tree as XML-compatible markup (valid SVG, and HTML when embedded). */
export function toMarkup(node: VNode): string {
    const parts: string[] = [];
    write(node, parts);
    return parts.join('');
}

function write(node: VNode, parts: string[]): void {
    if (typeof node === 'string') {
        parts.push(escapeMarkup(node));
        return;
    }
    // Tag and attribute names come from the renderer's code, never from a model: check anyway.
    if (!NAME.test(node.tag)) {
        throw new Error(`invalid element name '${node.tag}'`);
    }
    parts.push('<', node.tag);
    for (const [name, value] of Object.entries(node.attrs)) {
        if (!NAME.test(name)) {
            throw new Error(`invalid attribute name '${name}'`);
        }
        parts.push(' ', name, '="', escapeMarkup(value), '"');
    }
    if (node.children.length === 0) {
        parts.push('/>');
        return;
    }
    parts.push('>');
    for (const child of node.children) {
        write(child, parts);
    }
    parts.push('</', node.tag, '>');
}
