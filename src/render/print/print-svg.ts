import { compile } from 'css-select';
import type { Locale } from '../../language/reader-words.js';
import type { JourneyMapModel } from '../../model/view-model.js';
import { MAP_CSS, resolveThemeVariables, type ThemeName } from '../map-styles.js';
import { renderMap } from '../render-map.js';
import { MAP_FONT_FAMILY } from '../text/font-metrics.js';
import { copyElement, h, toMarkup, type VElement, type VNode } from '../vnode.js';

/**
 * The map as an SVG with no stylesheet: every rule of the map's styles, its
 * theme's variables resolved, written onto the elements it matches as
 * presentation attributes. PNG and PDF renderers read presentation attributes
 * reliably; CSS variables and combinators they do not.
 */
export interface PrintableSvg {
    markup: string;
    width: number;
    height: number;
}

/** The family the print renderers register the map's font under. */
export const PRINT_FONT_FAMILY = MAP_FONT_FAMILY;

/** Properties that mean something on paper; cursor, outline and the like do not. */
const PRINTED = new Set([
    'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity',
    'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'letter-spacing', 'font-kerning'
]);

export function printableSvg(model: JourneyMapModel, theme: ThemeName = 'light', locale?: Locale): PrintableSvg {
    const { svg, width, height } = renderMap(model, { locale });
    return printable(svg, width, height, theme);
}

/** The map as a render tree with its styles applied as attributes, for a renderer that draws the tree itself (the PDF). */
export interface PrintableTree {
    tree: VElement;
    width: number;
    height: number;
}

export function printableTree(model: JourneyMapModel, theme: ThemeName = 'light', locale?: Locale): PrintableTree {
    const { svg, width, height } = renderMap(model, { locale });
    return { tree: inlineStyles(svg, theme), width, height };
}

/** A drawn map (`renderMap`'s) as a printable SVG. */
export function printable(svg: VElement, width: number, height: number, theme: ThemeName = 'light'): PrintableSvg {
    return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(inlineStyles(svg, theme))}\n`, width, height };
}

/**
 * The map with its text left out: the shapes, colours and curves alone, for a
 * picture so small that text would be a few pixels of grey (and drawing it,
 * glyph by glyph, most of the work).
 */
export function withoutText(node: VElement): VElement {
    return copyElement(node, {
        children: node.children
            .filter(child => typeof child === 'string' || (child.tag !== 'text' && child.tag !== 'title'))
            .map(child => typeof child === 'string' ? child : withoutText(child))
    });
}

/** A copy of `root` with the map's rules for `theme` applied as attributes. */
export function inlineStyles(root: VElement, theme: ThemeName): VElement {
    const rules = parseRules(resolveThemeVariables(MAP_CSS, theme));
    const tree = linkTree(root, null);
    return applyRules(tree, rules);
}

interface Rule {
    test: (node: LinkedElement) => boolean;
    /** The class (or tag) the selector's last element must have: rules are tried only where it can match. */
    key: string;
    specificity: number;
    order: number;
    declarations: Array<[string, string]>;
    /** The attributes the selector tests. */
    attributes: string[];
    /** Whether the selector looks at nothing but the element and its ancestors (no sibling combinators). */
    memoizable: boolean;
}

interface LinkedElement {
    tag: string;
    attrs: Record<string, string>;
    classes: string[];
    children: Array<LinkedElement | string>;
    parent: LinkedElement | null;
    source: VElement;
}

function linkTree(node: VElement, parent: LinkedElement | null): LinkedElement {
    const linked: LinkedElement = {
        tag: node.tag, attrs: node.attrs, classes: (node.attrs.class ?? '').split(/\s+/).filter(Boolean),
        children: [], parent, source: node
    };
    linked.children = node.children.map(child => typeof child === 'string' ? child : linkTree(child, linked));
    return linked;
}

const isElement = (node: LinkedElement | string): node is LinkedElement => typeof node !== 'string';

const ADAPTER = {
    isTag: isElement,
    getAttributeValue: (element: LinkedElement, name: string) => name === 'class' ? element.classes.join(' ') : element.attrs[name],
    getChildren: (node: LinkedElement | string) => isElement(node) ? node.children : [],
    getName: (element: LinkedElement) => element.tag,
    getParent: (element: LinkedElement) => element.parent,
    getSiblings: (node: LinkedElement | string) => isElement(node) && node.parent ? node.parent.children : [node],
    getText: (node: LinkedElement | string): string => isElement(node) ? node.children.map(child => ADAPTER.getText(child)).join('') : node,
    hasAttrib: (element: LinkedElement, name: string) => name === 'class' ? element.classes.length > 0 : name in element.attrs,
    removeSubsets: (nodes: Array<LinkedElement | string>) => nodes
};

/** Our own stylesheet, one rule per block; rules for states (focus, hover) do not print. */
function parseRules(css: string): Rule[] {
    const rules: Rule[] = [];
    for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const declarations = match[2].split(';')
            .map(declaration => declaration.split(':').map(part => part.trim()))
            .filter(([property, value]) => property && value && PRINTED.has(property))
            .map(([property, value]) => [property, value] as [string, string]);
        if (declarations.length === 0) {
            continue;
        }
        for (const selector of match[1].split(',').map(s => s.trim())) {
            if (selector.includes(':')) {
                continue;
            }
            const last = selector.split(/[\s>]+/).pop()!;
            const lastClass = last.match(/\.([\w-]+)/);
            rules.push({
                test: compile<LinkedElement | string, LinkedElement>(selector, { adapter: ADAPTER, xmlMode: true }),
                key: lastClass ? `.${lastClass[1]}` : last.replace(/\[.*$/, ''),
                specificity: specificity(selector),
                order: rules.length,
                declarations,
                attributes: [...selector.matchAll(/\[\s*([\w-]+)/g)].map(m => m[1]),
                memoizable: !/[+~]/.test(selector.replace(/\[[^\]]*\]/g, ''))
            });
        }
    }
    return rules;
}

/** Classes and attributes count a hundred, element names one (no ids in our rules). */
function specificity(selector: string): number {
    const classes = (selector.match(/[.[]/g) ?? []).length;
    const tags = (selector.match(/(^|[\s>])[a-z]/g) ?? []).length;
    return classes * 100 + tags;
}

function applyRules(root: LinkedElement, rules: Rule[]): VElement {
    const byKey = new Map<string, Rule[]>();
    for (const rule of rules) {
        byKey.set(rule.key, [...byKey.get(rule.key) ?? [], rule]);
    }
    const declarationsOf = (element: LinkedElement): Array<[string, string]> => {
        const candidates = [...byKey.get(element.tag) ?? []];
        for (const name of element.classes) {
            candidates.push(...byKey.get(`.${name}`) ?? []);
        }
        const matched = candidates.filter(rule => rule.test(element))
            .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
        return matched.flatMap(rule => rule.declarations.map(([property, value]): [string, string] => [property, printValue(property, value)]));
    };
    // A map repeats a few hundred kinds of element thousands of times. When the rules look only at an
    // element and its ancestors (descendant and child combinators, classes, attributes), elements with
    // the same tag, classes and tested attributes under the same chain of such ancestors match the
    // same rules: match once per such chain.
    const memo = rules.every(rule => rule.memoizable) ? new Map<string, { id: string; declarations: Array<[string, string]> }>() : undefined;
    const tested = [...new Set(rules.flatMap(rule => rule.attributes))];
    const visit = (element: LinkedElement, chain: string): VElement => {
        let declarations: Array<[string, string]>;
        let id = '';
        if (memo) {
            let own = element.tag + '.' + element.classes.join('.');
            for (const name of tested) {
                const value = element.attrs[name];
                own += value === undefined ? '\u0001' : '\u0002' + value;
            }
            const key = chain + '\u0000' + own;
            let entry = memo.get(key);
            if (!entry) {
                entry = { id: String(memo.size), declarations: declarationsOf(element) };
                memo.set(key, entry);
            }
            declarations = entry.declarations;
            id = entry.id;
        } else {
            declarations = declarationsOf(element);
        }
        const attrs: Record<string, string> = { ...element.attrs };
        for (const [property, value] of declarations) {
            attrs[property] = value;
        }
        const children: VNode[] = element.children.map(child => isElement(child) ? visit(child, id) : child);
        return h(element.tag, attrs, children, element.source.key);
    };
    return visit(root, '');
}

function printValue(property: string, value: string): string {
    if (property === 'font-family') {
        return PRINT_FONT_FAMILY;
    }
    if (property === 'font-weight') {
        // The map's font ships a regular and a semibold face: anything from 600 up is the semibold one.
        return Number(value) >= 600 || value === 'bold' ? 'bold' : 'normal';
    }
    return value;
}
