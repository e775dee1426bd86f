/**
 * How a map looks. The rules use `--jm-*` variables only; a theme gives them
 * values: fixed light and dark palettes for exports and `journey serve`, VS
 * Code's theme colours in the preview (see src/webview/preview-styles.ts).
 */
import { MAP_FONT_FAMILY } from './text/font-metrics.js';
import { PERSONA_COLOURS, PERSONA_CSS } from './persona-styles.js';

export type ThemeName = 'light' | 'dark';

export interface Palette {
    bg: string;
    fg: string;
    muted: string;
    border: string;
    band: string;
    stage: string;
    card: string;
    chip: string;
    chipFg: string;
    painBg: string;
    painFg: string;
    painBorder: string;
    opportunityBg: string;
    opportunityFg: string;
    opportunityBorder: string;
    good: string;
    bad: string;
    neutral: string;
    accent: string;
    curve: string;
    highlight: string;
    focus: string;
    font: string;
    persona1: string;
    persona2: string;
    persona3: string;
    persona4: string;
    persona5: string;
}

// The map is laid out with this font's metrics (shipped with every output); the rest only stand in where it cannot load.
const FONT = `${MAP_FONT_FAMILY}, 'Noto Sans', 'Segoe UI', Helvetica, Arial, sans-serif`;

export const THEMES: Record<ThemeName, Palette> = {
    light: {
        bg: '#ffffff', fg: '#1f2328', muted: '#59636e', border: '#d1d9e0', band: '#f6f8fa', stage: '#eef3fb',
        card: '#ffffff', chip: '#e4e9ef', chipFg: '#1f2328',
        painBg: '#ffebe9', painFg: '#82071e', painBorder: '#ffcecb',
        opportunityBg: '#dafbe1', opportunityFg: '#0f5323', opportunityBorder: '#aceebb',
        good: '#1a7f37', bad: '#cf222e', neutral: '#6e7781', accent: '#0969da', curve: '#8250df',
        highlight: '#bf8700', focus: '#0969da', font: FONT,
        ...personaPalette('light')
    },
    dark: {
        bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', border: '#3d444d', band: '#151b23', stage: '#1a2230',
        card: '#161b22', chip: '#2a313c', chipFg: '#e6edf3',
        painBg: '#3c1618', painFg: '#ffb1aa', painBorder: '#8e1519',
        opportunityBg: '#12261e', opportunityFg: '#8ee0a8', opportunityBorder: '#1b4721',
        good: '#3fb950', bad: '#f85149', neutral: '#9198a1', accent: '#4493f8', curve: '#ab7df8',
        highlight: '#d29922', focus: '#4493f8', font: FONT,
        ...personaPalette('dark')
    }
};

function personaPalette(scheme: ThemeName): Pick<Palette, 'persona1' | 'persona2' | 'persona3' | 'persona4' | 'persona5'> {
    const [persona1, persona2, persona3, persona4, persona5] = PERSONA_COLOURS[scheme];
    return { persona1, persona2, persona3, persona4, persona5 };
}

const VARIABLES: Record<keyof Palette, string> = {
    bg: '--jm-bg', fg: '--jm-fg', muted: '--jm-muted', border: '--jm-border', band: '--jm-band', stage: '--jm-stage',
    card: '--jm-card', chip: '--jm-chip', chipFg: '--jm-chip-fg',
    painBg: '--jm-pain-bg', painFg: '--jm-pain-fg', painBorder: '--jm-pain-border',
    opportunityBg: '--jm-opportunity-bg', opportunityFg: '--jm-opportunity-fg', opportunityBorder: '--jm-opportunity-border',
    good: '--jm-good', bad: '--jm-bad', neutral: '--jm-neutral', accent: '--jm-accent', curve: '--jm-curve',
    highlight: '--jm-highlight', focus: '--jm-focus', font: '--jm-font',
    persona1: '--jm-persona-1', persona2: '--jm-persona-2', persona3: '--jm-persona-3', persona4: '--jm-persona-4',
    persona5: '--jm-persona-5'
};

/** `--jm-bg: #fff; …` declarations for a palette (values written by us, never from a model). */
export function paletteDeclarations(palette: Palette): string {
    return (Object.keys(VARIABLES) as Array<keyof Palette>).map(key => `${VARIABLES[key]}: ${palette[key]};`).join(' ');
}

/** `css` with every `var(--jm-…)` replaced by its value in `theme`, for renderers without CSS variables. */
export function resolveThemeVariables(css: string, theme: ThemeName): string {
    const palette = THEMES[theme];
    const values = new Map((Object.keys(VARIABLES) as Array<keyof Palette>).map(key => [VARIABLES[key], palette[key]]));
    return css.replace(/var\((--jm-[\w-]+)\)/g, (whole, name: string) => values.get(name) ?? whole);
}

export function themeCss(theme: ThemeName, selector = '.jm-map'): string {
    return `${selector} { ${paletteDeclarations(THEMES[theme])} }`;
}

/** The rules of the map itself, the same in every host. */
export const MAP_CSS = `
.jm-map { font-family: var(--jm-font); font-kerning: none; font-variant-ligatures: none; }
.jm-map text { fill: var(--jm-fg); }
.jm-bg { fill: var(--jm-bg); }
.jm-h1 { font-size: 22px; font-weight: 600; }
.jm-h2 { font-size: 16px; font-weight: 600; }
.jm-h3 { font-size: 14px; font-weight: 600; }
.jm-body { font-size: 13px; }
.jm-small { font-size: 12px; }
.jm-label { font-size: 11px; font-weight: 600; letter-spacing: 0.02em; }
.jm-map .jm-muted { fill: var(--jm-muted); }
.jm-lane-band { fill: var(--jm-band); }
.jm-lane-rule { stroke: var(--jm-border); stroke-width: 1; }
.jm-map .jm-lane-label { fill: var(--jm-muted); }
.jm-frame { fill: none; stroke: none; }
.jm-header > .jm-frame { fill: var(--jm-band); }
.jm-stage > .jm-frame { fill: var(--jm-stage); stroke: var(--jm-border); }
.jm-card > .jm-frame, .jm-kpi > .jm-frame, .jm-definition > .jm-frame { fill: var(--jm-card); stroke: var(--jm-border); }
.jm-pain > .jm-frame { fill: var(--jm-pain-bg); stroke: var(--jm-pain-border); }
.jm-map .jm-pain text, .jm-map .jm-pain-text { fill: var(--jm-pain-fg); }
.jm-opportunity > .jm-frame { fill: var(--jm-opportunity-bg); stroke: var(--jm-opportunity-border); }
.jm-map .jm-opportunity text { fill: var(--jm-opportunity-fg); }
.jm-chip-box { fill: var(--jm-chip); }
.jm-map .jm-chip-text { fill: var(--jm-chip-fg); }
.jm-chip-box.jm-inherited { fill: none; stroke: var(--jm-chip); stroke-width: 1.5; stroke-dasharray: 3 2; }
.jm-map .jm-chip-text.jm-inherited { fill: var(--jm-muted); }
.jm-chip-box.jm-persona { fill: var(--jm-accent); fill-opacity: 0.15; }
.jm-chip-box.jm-unresolved, .jm-unresolved > .jm-frame { stroke: var(--jm-bad); stroke-dasharray: 4 3; }
.jm-map .jm-warning { fill: var(--jm-bad); }
.jm-icon { fill: none; stroke: var(--jm-accent); stroke-width: 1.4; stroke-linecap: round; stroke-linejoin: round; }
.jm-map .jm-next text, .jm-map text.jm-next { fill: var(--jm-accent); }
.jm-status-dot.jm-on-track { fill: var(--jm-good); }
.jm-status-dot.jm-off-track { fill: var(--jm-bad); }
.jm-status-dot.jm-unknown { fill: none; stroke: var(--jm-neutral); stroke-width: 1.5; }
.jm-map .jm-status-text.jm-on-track { fill: var(--jm-good); font-weight: 600; }
.jm-map .jm-status-text.jm-off-track { fill: var(--jm-bad); font-weight: 600; }
.jm-map .jm-status-text.jm-unknown { fill: var(--jm-neutral); }
.jm-kpi-on-track > .jm-frame { stroke: var(--jm-good); }
.jm-kpi-off-track > .jm-frame { stroke: var(--jm-bad); }
.jm-grid { stroke: var(--jm-border); stroke-dasharray: 2 4; }
.jm-zero { stroke: var(--jm-muted); stroke-opacity: 0.6; }
.jm-curve { fill: none; stroke: var(--jm-curve); stroke-width: 2.5; stroke-linecap: round; }
.jm-stage-emotion line { stroke: var(--jm-curve); stroke-opacity: 0.3; stroke-width: 5; stroke-linecap: round; }
.jm-point > .jm-frame { fill: var(--jm-curve); stroke: var(--jm-bg); stroke-width: 2; }
.jm-point.jm-inherited > .jm-frame { fill: var(--jm-bg); stroke: var(--jm-curve); stroke-width: 2; }
.jm-el[data-id] { cursor: pointer; }
.jm-el:focus { outline: none; }
.jm-el:focus-visible > .jm-frame { stroke: var(--jm-focus); stroke-width: 2.5; }
.jm-el.jm-highlight > .jm-frame { stroke: var(--jm-highlight); stroke-width: 3; }
.jm-stage-emotion.jm-highlight line { stroke: var(--jm-highlight); stroke-opacity: 1; }
.jm-persona-curve { fill: none; stroke-width: 2.5; stroke-linecap: round; }
.jm-persona-point > .jm-frame { stroke: var(--jm-bg); stroke-width: 1.5; }
.jm-persona-point.jm-inherited > .jm-frame { stroke-width: 2; }
.jm-legend-line { fill: none; stroke-width: 2.5; stroke-linecap: round; }
.jm-visibility { stroke: var(--jm-muted); stroke-width: 1.5; stroke-dasharray: 8 5; }
.jm-service > .jm-frame { fill: var(--jm-card); stroke: var(--jm-border); stroke-dasharray: 4 3; }
.jm-support > .jm-frame { stroke-dasharray: none; }
.jm-evidence-mark > .jm-frame { fill: var(--jm-card); stroke: var(--jm-muted); }
.jm-evidence-mark path { fill: none; stroke: var(--jm-fg); stroke-width: 1.2; stroke-linecap: round; }
.jm-map .jm-continues text, .jm-map text.jm-continues { fill: var(--jm-accent); text-decoration: underline; }
.jm-continues[role="link"], .jm-next[role="link"] { cursor: pointer; }
.jm-continues:focus-visible text, .jm-next:focus-visible text { outline: 2px solid var(--jm-focus); }
${PERSONA_CSS}
`;
