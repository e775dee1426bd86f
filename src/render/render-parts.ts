import { h, LazyElement, type VElement, type VNode } from './vnode.js';
import type { FontSpec } from './text/font-metrics.js';
import { countLines, fitLine, textWidth, wrapText } from './text/text-layout.js';

/** A laid-out piece of the map: its tree (at its own origin) and its height. */
export interface Block {
    node: VElement;
    height: number;
}

/** A text class of the map: its font (as map-styles.ts draws it, measured with it) and line height. */
export interface TextStyle extends FontSpec {
    lineHeight: number;
    className: string;
}

export const TEXT = {
    h1: { size: 22, face: 'semibold', lineHeight: 28, className: 'jm-h1' },
    h2: { size: 16, face: 'semibold', lineHeight: 21, className: 'jm-h2' },
    h3: { size: 14, face: 'semibold', lineHeight: 18, className: 'jm-h3' },
    body: { size: 13, face: 'regular', lineHeight: 17, className: 'jm-body' },
    small: { size: 12, face: 'regular', lineHeight: 15, className: 'jm-small' },
    label: { size: 11, face: 'semibold', letterSpacing: 0.02, lineHeight: 14, className: 'jm-label' }
} satisfies Record<string, TextStyle>;

/**
 * Wrapped text whose top edge is at `y`. What does not fit in `maxLines` is cut
 * with an ellipsis and kept whole in a tooltip.
 */
export function textBlock(text: string, x: number, y: number, width: number, style: TextStyle, maxLines: number, extraClass = '', key?: string): Block {
    const laid = layBlock(text, x, y, width, style, maxLines, extraClass, key);
    return { node: laid.node(), height: laid.height };
}

/** A piece of a map laid out (its height known) whose tree is built when asked for. */
export interface Laid {
    height: number;
    node: () => VElement;
}

/**
 * `textBlock`, laid out now and built later: the number of lines decides the
 * height (counted without making them), the lines are made with the tree,
 * which a map's cells out of view never need on a first draw.
 */
export function layBlock(text: string, x: number, y: number, width: number, style: TextStyle, maxLines: number, extraClass = '', key?: string): Laid {
    return {
        height: Math.max(1, countLines(text, width, style, maxLines)) * style.lineHeight,
        node: () => {
            const wrapped = wrapText(text, width, style, maxLines);
            const lines = wrapped.lines.length > 0 ? wrapped.lines : [''];
            const className = extraClass ? `${style.className} ${extraClass}` : style.className;
            const children: VNode[] = wrapped.cut ? [h('title', {}, [text])] : [];
            if (lines.length === 1) {
                // One line needs no tspan: the text element carries the position.
                children.push(lines[0]);
                return h('text', { class: className, x, y: baseline(y, style, 0) }, children, key);
            }
            lines.forEach((line, i) => {
                children.push(h('tspan', { x, y: baseline(y, style, i) }, [line]));
            });
            return h('text', { class: className }, children, key);
        }
    };
}

/** One line of text, cut to `width` (with a tooltip when cut). */
export function textLine(text: string, x: number, y: number, width: number, style: TextStyle, extraClass = '', anchor?: 'middle' | 'end', tooltip?: string): Block {
    const fitted = fitLine(text, width, style);
    const title = tooltip ?? (fitted.cut ? text : undefined);
    const children: VNode[] = title !== undefined ? [h('title', {}, [title])] : [];
    children.push(fitted.lines[0] ?? '');
    const className = extraClass ? `${style.className} ${extraClass}` : style.className;
    return {
        node: h('text', { class: className, x, y: baseline(y, style, 0), 'text-anchor': anchor }, children),
        height: style.lineHeight
    };
}

function baseline(top: number, style: TextStyle, line: number): number {
    // The baseline sits about three quarters down a line box for Latin text.
    return top + line * style.lineHeight + (style.lineHeight + style.size * 0.7) / 2;
}

export const CHIP_HEIGHT = 20;

/**
 * A rounded label: an owner, a persona. A rect and a text, without a group of
 * their own (a map has thousands); `className` goes on both.
 */
export function chip(text: string, x: number, y: number, maxWidth: number, className: string, tooltip?: string): { nodes: VElement[]; height: number; width: number } {
    const style = TEXT.label;
    const padding = 8;
    const fitted = fitLine(text, maxWidth - 2 * padding, style);
    const label = fitted.lines[0] ?? '';
    const width = Math.min(maxWidth, textWidth(label, style) + 2 * padding);
    const title = tooltip ?? (fitted.cut ? text : undefined);
    return {
        nodes: [
            h('rect', { class: `jm-chip-box ${className}`, x, y, width, height: CHIP_HEIGHT, rx: CHIP_HEIGHT / 2 }),
            h('text', { class: `jm-label jm-chip-text ${className}`, x: x + padding, y: y + 14 }, [title !== undefined && h('title', {}, [title]), label])
        ],
        height: CHIP_HEIGHT,
        width
    };
}

/**
 * Chips left to right, wrapping to new rows within `width`; returns the group
 * and its height.
 */
export function chipRow(items: Array<{ text: string; className: string; tooltip?: string }>, x: number, y: number, width: number, gap = 6): Block {
    const children: VElement[] = [];
    let cx = 0;
    let cy = 0;
    for (const item of items) {
        let placed = chip(item.text, cx, cy, width, item.className, item.tooltip);
        if (cx > 0 && cx + placed.width > width) {
            cx = 0;
            cy += CHIP_HEIGHT + gap;
            placed = chip(item.text, cx, cy, width, item.className, item.tooltip);
        }
        children.push(...placed.nodes);
        cx += placed.width + gap;
    }
    return { node: h('g', { transform: `translate(${x} ${y})` }, children), height: items.length > 0 ? cy + CHIP_HEIGHT : 0 };
}

const STATUS_TEXT: TextStyle = { ...TEXT.small, face: 'semibold' };

/** A KPI status: a dot in the status colour and the status in words (or a name), at (x, y). */
export function statusMark(status: string, text: string, x: number, y: number, width: number, radius: number, textClass: string, tooltip?: string): VElement[] {
    return [
        h('circle', { class: `jm-status-dot jm-${status}`, cx: x + 5, cy: y + 8, r: radius }),
        // The status in words is drawn semibold when it is on or off track (see map-styles.ts).
        textLine(text, x + 14 + radius - 4, y, width - 14 - (radius - 4), textClass === 'jm-status-text' && status !== 'unknown' ? STATUS_TEXT : TEXT.small,
            `${textClass} jm-${status}`, undefined, tooltip).node
    ];
}

/**
 * An element of the map a person can click (reveal in the source) and reach
 * with the keyboard: a group with the element's id, an accessible label and a
 * frame the highlight and focus styles draw on.
 */
export function interactive(options: {
    id: string;
    kind: string;
    key: string;
    className: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /** Its accessible name; a function: computed when first read (with content given as a function, see `LazyElement`). */
    label: string | (() => string);
    focusable?: boolean;
    radius?: number;
}, content: Array<VNode | undefined | false> | (() => VNode[])): VElement {
    const label = options.label;
    const focusable = options.focusable !== false;
    const className = `jm-el ${options.className}`;
    const attrs = () => ({
        class: className,
        transform: `translate(${options.x} ${options.y})`,
        'data-id': options.id,
        'data-kind': options.kind,
        tabindex: focusable ? '0' : undefined,
        role: focusable ? 'button' : undefined,
        'aria-label': !focusable ? undefined : typeof label === 'string' ? label : label()
    });
    const frame = () => h('rect', { class: 'jm-frame', width: options.width, height: options.height, rx: options.radius ?? 6 });
    if (typeof content !== 'function') {
        return h('g', attrs(), [frame(), ...content], options.key);
    }
    // Content given as a function is made when first read, and so are the attributes (the label among them): the
    // cell's place says where it is (see `LazyElement`).
    return new LazyElement('g', attrs, () => [frame(), ...content()], options.key,
        { from: options.x, to: options.x + options.width, className, id: options.id });
}

/** A stack of blocks, one under the other, starting at `y`; returns them moved into place. */
export function stack(blocks: Block[], gap: number): { nodes: VElement[]; height: number } {
    let y = 0;
    const nodes: VElement[] = [];
    for (const block of blocks) {
        nodes.push(h('g', { transform: `translate(0 ${y})` }, [block.node]));
        y += block.height + gap;
    }
    return { nodes, height: blocks.length > 0 ? y - gap : 0 };
}
