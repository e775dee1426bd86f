import type { VElement, VNode } from '../../render/vnode.js';

/**
 * Draws the map's render tree (with its styles written onto the elements as
 * presentation attributes, see print-svg.ts) straight into a PDFKit document:
 * no SVG markup written and parsed back. The tree is the small SVG the
 * renderer makes: groups moved by `translate`, rects, circles, lines, paths
 * and texts of tspans, filled and stroked with solid colours. Text stays
 * text, in the map's font.
 */

/** The part of PDFKit's document this drawing uses. */
export interface PdfCanvas {
    save(): this;
    restore(): this;
    translate(x: number, y: number): this;
    scale(factor: number): this;
    transform(a: number, b: number, c: number, d: number, e: number, f: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    roundedRect(x: number, y: number, w: number, h: number, r?: number): this;
    circle(x: number, y: number, r: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    path(d: string): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    fillOpacity(opacity: number): this;
    strokeOpacity(opacity: number): this;
    lineWidth(width: number): this;
    lineCap(cap: string): this;
    lineJoin(join: string): this;
    dash(length: number | number[], options?: { space?: number }): this;
    undash(): this;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string, options?: { characterSpacing?: number }): number;
    text(text: string, x: number, y: number, options: Record<string, unknown>): this;
}

/** What the map's elements inherit from their ancestors (SVG's defaults at the root). */
interface Style {
    fill: string;
    fillOpacity: number;
    stroke: string;
    strokeOpacity: number;
    strokeWidth: number;
    dash: number[] | undefined;
    lineCap: string;
    lineJoin: string;
    fontSize: number;
    bold: boolean;
    letterSpacing: string | undefined;
    anchor: string;
}

const ROOT_STYLE: Style = {
    fill: '#000000', fillOpacity: 1, stroke: 'none', strokeOpacity: 1, strokeWidth: 1, dash: undefined,
    lineCap: 'butt', lineJoin: 'miter', fontSize: 16, bold: false, letterSpacing: undefined, anchor: 'start'
};

/** The names the document's two faces of the map font are registered under. */
export interface PdfFonts {
    regular: string;
    bold: string;
}

/**
 * Draws `root` (an `<svg>` element) with its top-left corner at the current
 * origin, in the tree's own units (CSS pixels): the caller scales.
 */
export function drawTree(canvas: PdfCanvas, root: VElement, fonts: PdfFonts): void {
    const drawer = new TreeDrawer(canvas, fonts);
    drawer.children(root, inherit(ROOT_STYLE, root.attrs), 0, 0);
}

/** Element names that draw nothing and have nothing drawn inside them on paper. */
const SKIPPED = new Set(['title', 'desc', 'style', 'defs', 'metadata']);

class TreeDrawer {
    /** The graphics state last written, so that unchanged colours and widths are not written again. */
    private current = { fill: '', fillOpacity: -1, stroke: '', strokeOpacity: -1, strokeWidth: -1, dash: '', lineCap: '', lineJoin: '', font: '', fontSize: -1 };

    constructor(private readonly canvas: PdfCanvas, private readonly fonts: PdfFonts) {}

    children(element: VElement, style: Style, x: number, y: number): void {
        for (const child of element.children) {
            if (typeof child !== 'string') {
                this.element(child, style, x, y);
            }
        }
    }

    /** Draws `element` with the offset (x, y) that the translations of its ancestors add up to. */
    element(element: VElement, parentStyle: Style, x: number, y: number): void {
        if (SKIPPED.has(element.tag)) {
            return;
        }
        const attrs = element.attrs;
        if (attrs.display === 'none' || attrs.visibility === 'hidden') {
            return;
        }
        const style = inherit(parentStyle, attrs);
        const transform = attrs.transform ? parseTransform(attrs.transform) : undefined;
        if (transform && transform.kind === 'matrix') {
            // Anything but a move: draw in a transformed space (none of the map's shapes needs it today).
            this.canvas.save();
            this.canvas.transform(1, 0, 0, 1, x, y);
            this.canvas.transform(...transform.matrix);
            this.current.fontSize = -1;
            this.draw(element, style, 0, 0);
            this.canvas.restore();
            this.forget();
            return;
        }
        if (transform) {
            x += transform.dx;
            y += transform.dy;
        }
        this.draw(element, style, x, y);
    }

    private draw(element: VElement, style: Style, x: number, y: number): void {
        const a = element.attrs;
        switch (element.tag) {
            case 'g':
            case 'svg':
            case 'a':
                this.children(element, style, x, y);
                return;
            case 'rect': {
                const width = length(a.width);
                const height = length(a.height);
                if (!(width > 0 && height > 0) || !this.paints(style)) return;
                const radius = Math.min(length(a.rx ?? a.ry), width / 2, height / 2);
                if (radius > 0) {
                    this.canvas.roundedRect(x + length(a.x), y + length(a.y), width, height, radius);
                } else {
                    this.canvas.rect(x + length(a.x), y + length(a.y), width, height);
                }
                this.paint(style);
                return;
            }
            case 'circle': {
                const r = length(a.r);
                if (!(r > 0) || !this.paints(style)) return;
                this.canvas.circle(x + length(a.cx), y + length(a.cy), r);
                this.paint(style);
                return;
            }
            case 'line':
                if (style.stroke === 'none') return;
                this.canvas.moveTo(x + length(a.x1), y + length(a.y1)).lineTo(x + length(a.x2), y + length(a.y2));
                this.paint({ ...style, fill: 'none' });
                return;
            case 'path':
                if (!a.d || !this.paints(style)) return;
                // PDFKit reads SVG path data itself; the move is written as a transformation around it.
                if (x !== 0 || y !== 0) {
                    this.canvas.save();
                    this.canvas.translate(x, y);
                    this.canvas.path(a.d);
                    this.paint(style);
                    this.canvas.restore();
                    this.forget();
                } else {
                    this.canvas.path(a.d);
                    this.paint(style);
                }
                return;
            case 'text':
                this.text(element, style, x, y);
                return;
            default:
                throw new Error(`the PDF renderer cannot draw <${element.tag}>`);
        }
    }

    /** A text: its own characters at its x and y, and each tspan's at its own (the map's multi-line texts). */
    private text(element: VElement, style: Style, x: number, y: number): void {
        if (style.fill === 'none') return;
        let tx = length(element.attrs.x);
        let ty = length(element.attrs.y);
        const children = element.children;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            // Where a run ends matters only when the next one goes on from there (no x of its own).
            const next = children[i + 1];
            const ends = next !== undefined && (typeof next === 'string' || next.attrs.x === undefined);
            if (typeof child === 'string') {
                tx = this.run(child, style, x + tx, y + ty, ends) - x;
            } else if (child.tag === 'tspan') {
                const spanStyle = inherit(style, child.attrs);
                if (child.attrs.x !== undefined) tx = length(child.attrs.x);
                if (child.attrs.y !== undefined) ty = length(child.attrs.y);
                if (child.attrs.dy !== undefined) ty += length(child.attrs.dy);
                tx = this.run(textContent(child), spanStyle, x + tx, y + ty, ends) - x;
            } else if (!SKIPPED.has(child.tag)) {
                throw new Error(`the PDF renderer cannot draw <${child.tag}> in a text`);
            }
        }
    }

    /**
     * One run of text on the baseline at (x, y), anchored as its style says; returns
     * where it ends when `ends` asks (measuring costs a layout of the text), else x.
     */
    private run(raw: string, style: Style, x: number, y: number, ends: boolean): number {
        const text = raw.replace(/\s+/g, ' ');
        if (text.trim() === '') return x;
        const face = style.bold ? this.fonts.bold : this.fonts.regular;
        if (this.current.font !== face) {
            this.canvas.font(face);
            this.current.font = face;
        }
        if (this.current.fontSize !== style.fontSize) {
            this.canvas.fontSize(style.fontSize);
            this.current.fontSize = style.fontSize;
        }
        const characterSpacing = letterSpacing(style.letterSpacing, style.fontSize);
        const options = characterSpacing ? { characterSpacing } : {};
        const anchored = style.anchor === 'middle' || style.anchor === 'end';
        // SVG spaces every character, the last one included; PDFKit's width leaves the last one out.
        const width = anchored || ends ? this.canvas.widthOfString(text, options) + (characterSpacing ?? 0) : 0;
        const start = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
        this.setFill(style.fill, style.fillOpacity);
        // textWidth: PDFKit measures a text only for links and underlines, which the map has none of.
        this.canvas.text(text, start, y, { ...options, lineBreak: false, baseline: 'alphabetic', textWidth: width });
        return ends ? start + width : x;
    }

    private paints(style: Style): boolean {
        return style.fill !== 'none' || style.stroke !== 'none';
    }

    /** Fills and strokes the path just described, as the style says. */
    private paint(style: Style): void {
        const fill = style.fill !== 'none';
        const stroke = style.stroke !== 'none' && style.strokeWidth > 0;
        if (fill) this.setFill(style.fill, style.fillOpacity);
        if (stroke) this.setStroke(style);
        if (fill && stroke) this.canvas.fillAndStroke();
        else if (fill) this.canvas.fill();
        else if (stroke) this.canvas.stroke();
    }

    private setFill(color: string, opacity: number): void {
        if (this.current.fill !== color || this.current.fillOpacity !== opacity) {
            this.canvas.fillColor(color, opacity);
            this.current.fill = color;
            this.current.fillOpacity = opacity;
        }
    }

    private setStroke(style: Style): void {
        const c = this.current;
        if (c.stroke !== style.stroke || c.strokeOpacity !== style.strokeOpacity) {
            this.canvas.strokeColor(style.stroke, style.strokeOpacity);
            c.stroke = style.stroke;
            c.strokeOpacity = style.strokeOpacity;
        }
        if (c.strokeWidth !== style.strokeWidth) {
            this.canvas.lineWidth(style.strokeWidth);
            c.strokeWidth = style.strokeWidth;
        }
        const dash = style.dash ? style.dash.join(' ') : '';
        if (c.dash !== dash) {
            if (style.dash) this.canvas.dash(style.dash);
            else this.canvas.undash();
            c.dash = dash;
        }
        if (c.lineCap !== style.lineCap) {
            this.canvas.lineCap(style.lineCap);
            c.lineCap = style.lineCap;
        }
        if (c.lineJoin !== style.lineJoin) {
            this.canvas.lineJoin(style.lineJoin);
            c.lineJoin = style.lineJoin;
        }
    }

    /** After a restore the document's graphics state is the saved one: write everything again when next needed. */
    private forget(): void {
        this.current = { fill: '', fillOpacity: -1, stroke: '', strokeOpacity: -1, strokeWidth: -1, dash: '', lineCap: '', lineJoin: '', font: this.current.font, fontSize: this.current.fontSize };
    }
}

/** The style of an element: its parent's, with its own presentation attributes over it. */
function inherit(parent: Style, a: Record<string, string>): Style {
    if (!(a.fill || a.stroke || a['font-size'] || a['font-weight'] || a['stroke-width'] || a['fill-opacity'] || a['stroke-opacity']
        || a['stroke-dasharray'] || a['stroke-linecap'] || a['stroke-linejoin'] || a['letter-spacing'] || a['text-anchor'])) {
        return parent;
    }
    const style = { ...parent };
    if (a.fill) style.fill = color(a.fill);
    if (a.stroke) style.stroke = color(a.stroke);
    if (a['fill-opacity']) style.fillOpacity = opacity(a['fill-opacity']);
    if (a['stroke-opacity']) style.strokeOpacity = opacity(a['stroke-opacity']);
    if (a['stroke-width']) style.strokeWidth = length(a['stroke-width']);
    if (a['stroke-dasharray']) {
        const dash = a['stroke-dasharray'].split(/[\s,]+/).filter(Boolean).map(Number);
        style.dash = a['stroke-dasharray'] === 'none' || dash.length === 0 || dash.some(n => !(n > 0)) ? undefined : dash.length % 2 ? [...dash, ...dash] : dash;
    }
    if (a['stroke-linecap']) style.lineCap = a['stroke-linecap'];
    if (a['stroke-linejoin']) style.lineJoin = a['stroke-linejoin'];
    if (a['font-size']) style.fontSize = length(a['font-size']);
    if (a['font-weight']) style.bold = a['font-weight'] === 'bold' || Number(a['font-weight']) >= 600;
    if (a['letter-spacing']) style.letterSpacing = a['letter-spacing'];
    if (a['text-anchor']) style.anchor = a['text-anchor'];
    return style;
}

function color(value: string): string {
    const trimmed = value.trim();
    if (trimmed === 'none' || trimmed === 'transparent') return 'none';
    return trimmed;
}

function opacity(value: string): number {
    const n = Number(value);
    return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
}

/** A length in CSS pixels (the map writes plain numbers and `px`). */
function length(value: string | undefined): number {
    if (value === undefined) return 0;
    const n = parseFloat(value);
    return Number.isFinite(n) ? n : 0;
}

/** CSS letter spacing in pixels at `fontSize` (the map writes `em`). */
function letterSpacing(value: string | undefined, fontSize: number): number | undefined {
    if (!value || value === 'normal') return undefined;
    const n = parseFloat(value);
    if (!Number.isFinite(n) || n === 0) return undefined;
    return value.trim().endsWith('em') ? n * fontSize : n;
}

function textContent(node: VNode): string {
    return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

type Transform = { kind: 'move'; dx: number; dy: number } | { kind: 'matrix'; matrix: [number, number, number, number, number, number] };

/** A map repeats a few hundred distinct transforms thousands of times: each is read once. */
const transforms = new Map<string, Transform>();
const TRANSFORM_CACHE_LIMIT = 10000;

/** An SVG transform list as one move or one matrix. */
export function parseTransform(value: string): Transform {
    let transform = transforms.get(value);
    if (!transform) {
        transform = readTransform(value);
        if (transforms.size >= TRANSFORM_CACHE_LIMIT) transforms.clear();
        transforms.set(value, transform);
    }
    return transform;
}

function readTransform(value: string): Transform {
    let m: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];
    let onlyMoves = true;
    const re = /(\w+)\s*\(([^)]*)\)/g;
    let match: RegExpExecArray | null;
    let seen = 0;
    while ((match = re.exec(value)) !== null) {
        seen++;
        const args = match[2].split(/[\s,]+/).filter(Boolean).map(Number);
        if (args.some(n => !Number.isFinite(n))) {
            throw new Error(`the PDF renderer cannot read the transform '${value}'`);
        }
        let next: [number, number, number, number, number, number];
        switch (match[1]) {
            case 'translate': next = [1, 0, 0, 1, args[0] ?? 0, args[1] ?? 0]; break;
            case 'scale': next = [args[0] ?? 1, 0, 0, args[1] ?? args[0] ?? 1, 0, 0]; onlyMoves = false; break;
            case 'matrix':
                if (args.length !== 6) throw new Error(`the PDF renderer cannot read the transform '${value}'`);
                next = args as typeof next; onlyMoves = false; break;
            case 'rotate': {
                const angle = (args[0] ?? 0) * Math.PI / 180;
                const [cx, cy] = [args[1] ?? 0, args[2] ?? 0];
                const cos = Math.cos(angle);
                const sin = Math.sin(angle);
                next = [cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy];
                onlyMoves = false;
                break;
            }
            default:
                throw new Error(`the PDF renderer cannot read the transform '${value}'`);
        }
        m = [
            m[0] * next[0] + m[2] * next[1], m[1] * next[0] + m[3] * next[1],
            m[0] * next[2] + m[2] * next[3], m[1] * next[2] + m[3] * next[3],
            m[0] * next[4] + m[2] * next[5] + m[4], m[1] * next[4] + m[3] * next[5] + m[5]
        ];
    }
    if (seen === 0 && value.trim() !== '') {
        throw new Error(`the PDF renderer cannot read the transform '${value}'`);
    }
    return onlyMoves ? { kind: 'move', dx: m[4], dy: m[5] } : { kind: 'matrix', matrix: m };
}
