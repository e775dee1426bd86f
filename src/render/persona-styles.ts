import type { ReaderWords } from '../language/reader-words.js';
import type { PhraseKey } from '../language/vocabulary.js';
/**
 * How personas are told apart on the map: a colour, a mark shape and a dash
 * pattern each, so that a reader who cannot tell the colours apart still can.
 * The colours are from the Okabe–Ito set (made for colour-blind readers), in
 * a shade per background: each holds at least 3:1 against it.
 */

export const PERSONA_STYLE_COUNT = 5;

export type PersonaColourScheme = 'light' | 'dark' | 'highContrastDark' | 'highContrastLight';

export const PERSONA_COLOURS: Record<PersonaColourScheme, readonly string[]> = {
    light: ['#0072b2', '#c45500', '#007a5a', '#aa4499', '#7a6500'],
    dark: ['#56b4e9', '#e69f00', '#2fc59a', '#e08fc4', '#f0e442'],
    highContrastDark: ['#8fd3ff', '#ffb733', '#5fe8bd', '#ffa6dc', '#fff27a'],
    highContrastLight: ['#004c7a', '#8f3d00', '#00573f', '#7a2270', '#574800']
};

/** Mark shapes, centred on the point. */
const MARKS = [
    'M0 -5.5A5.5 5.5 0 1 1 0 5.5A5.5 5.5 0 1 1 0 -5.5Z', // circle
    'M-4.8 -4.8H4.8V4.8H-4.8Z', // square
    'M0 -6.2L5.8 4.4H-5.8Z', // triangle
    'M0 -6.5L6.5 0L0 6.5L-6.5 0Z', // diamond
    'M0 6.2L5.8 -4.4H-5.8Z' // triangle pointing down
];
const MARK_NAMES: PhraseKey[] = ['markCircle', 'markSquare', 'markTriangle', 'markDiamond', 'markDownwardTriangle'];
const DASHES = ['none', '7 4', '2 4', '10 4 2 4', '4 3'];

/** The style slot (1-based, for class names) of the persona at `index` in its journey's order. */
export function personaSlot(index: number): number {
    return (index % PERSONA_STYLE_COUNT) + 1;
}

export function personaMark(slot: number): string {
    return MARKS[slot - 1];
}

export function personaMarkName(slot: number, words: ReaderWords): string {
    return words.phrase(MARK_NAMES[slot - 1]);
}

/** `--jm-persona-1: …;` declarations for a scheme (values written by us). */
export function personaDeclarations(scheme: PersonaColourScheme): string {
    return PERSONA_COLOURS[scheme].map((colour, i) => `--jm-persona-${i + 1}: ${colour};`).join(' ');
}

/** The rules per slot: written out (no variable set per element) so that renderers which only resolve `var(--jm-…)` by value draw them too. */
export const PERSONA_CSS = Array.from({ length: PERSONA_STYLE_COUNT }, (_, i) => {
    const slot = i + 1;
    const dash = DASHES[i] === 'none' ? '' : ` stroke-dasharray: ${DASHES[i]};`;
    return [
        `.jm-persona-curve.jm-persona-${slot} { stroke: var(--jm-persona-${slot});${dash} }`,
        `.jm-persona-point.jm-persona-${slot} > .jm-frame { fill: var(--jm-persona-${slot}); }`,
        `.jm-persona-point.jm-persona-${slot}.jm-inherited > .jm-frame { fill: var(--jm-bg); stroke: var(--jm-persona-${slot}); }`,
        `.jm-legend-mark.jm-persona-${slot} { fill: var(--jm-persona-${slot}); }`,
        `.jm-legend-line.jm-persona-${slot} { stroke: var(--jm-persona-${slot});${dash} }`
    ].join('\n');
}).join('\n');
