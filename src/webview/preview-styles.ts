import { MAP_CSS, paletteDeclarations, THEMES } from '../render/map-styles.js';
import { mapFontFaces } from '../render/text/map-font-files.js';
import { personaDeclarations } from '../render/persona-styles.js';

/**
 * The preview page's stylesheet, written to out/webview/preview.css at build
 * time (a file, so the page's policy can allow styles from the bundle only).
 * In VS Code the map takes the editor theme's colours; in a browser, the light
 * or dark palette the system asks for.
 */

const VSCODE_PALETTE = `
body[data-host="vscode"] {
    --jm-bg: var(--vscode-editor-background);
    --jm-fg: var(--vscode-editor-foreground);
    --jm-muted: var(--vscode-descriptionForeground);
    --jm-border: var(--vscode-editorWidget-border, var(--vscode-panel-border));
    --jm-band: color-mix(in srgb, var(--vscode-editor-foreground) 4%, var(--vscode-editor-background));
    --jm-stage: color-mix(in srgb, var(--vscode-textLink-foreground) 9%, var(--vscode-editor-background));
    --jm-card: var(--vscode-editorWidget-background, var(--vscode-editor-background));
    --jm-chip: var(--vscode-badge-background);
    --jm-chip-fg: var(--vscode-badge-foreground);
    --jm-pain-bg: color-mix(in srgb, var(--vscode-editorError-foreground) 14%, var(--vscode-editor-background));
    --jm-pain-fg: var(--vscode-editor-foreground);
    --jm-pain-border: color-mix(in srgb, var(--vscode-editorError-foreground) 45%, var(--vscode-editor-background));
    --jm-opportunity-bg: color-mix(in srgb, var(--vscode-charts-green) 14%, var(--vscode-editor-background));
    --jm-opportunity-fg: var(--vscode-editor-foreground);
    --jm-opportunity-border: color-mix(in srgb, var(--vscode-charts-green) 45%, var(--vscode-editor-background));
    --jm-good: var(--vscode-testing-iconPassed, var(--vscode-charts-green));
    --jm-bad: var(--vscode-editorError-foreground, var(--vscode-charts-red));
    --jm-neutral: var(--vscode-descriptionForeground);
    --jm-accent: var(--vscode-textLink-foreground);
    --jm-curve: var(--vscode-charts-purple);
    --jm-highlight: var(--vscode-charts-orange);
    --jm-focus: var(--vscode-focusBorder);
}
/* High contrast themes: outlines instead of tints. */
body.vscode-high-contrast, body.vscode-high-contrast-light {
    --jm-band: var(--vscode-editor-background);
    --jm-stage: var(--vscode-editor-background);
    --jm-pain-bg: var(--vscode-editor-background);
    --jm-opportunity-bg: var(--vscode-editor-background);
    --jm-border: var(--vscode-contrastBorder);
    --jm-pain-border: var(--vscode-contrastBorder);
    --jm-opportunity-border: var(--vscode-contrastBorder);
    --jm-highlight: var(--vscode-contrastActiveBorder);
}
body.vscode-high-contrast .jm-frame, body.vscode-high-contrast-light .jm-frame { stroke-width: 1.5; }
/* Persona curves: a shade of each colour per kind of theme (see render/persona-styles.ts). */
body[data-host="vscode"], body[data-host="vscode"].vscode-light { ${personaDeclarations('light')} }
body[data-host="vscode"].vscode-dark { ${personaDeclarations('dark')} }
body[data-host="vscode"].vscode-high-contrast { ${personaDeclarations('highContrastDark')} }
body[data-host="vscode"].vscode-high-contrast-light { ${personaDeclarations('highContrastLight')} }
`;

const BROWSER_PALETTE = `
body[data-host="browser"] { ${paletteDeclarations(THEMES.light)} }
@media (prefers-color-scheme: dark) {
    body[data-host="browser"] { ${paletteDeclarations(THEMES.dark)} }
}
`;

const PAGE = `
html, body { height: 100%; }
body { margin: 0; padding: 0; background: var(--jm-bg); color: var(--jm-fg); font-family: var(--vscode-font-family, var(--jm-font)); font-size: 13px; overflow: hidden; display: flex; flex-direction: column; }
#toolbar { display: flex; align-items: center; gap: 4px; padding: 4px 8px; border-bottom: 1px solid var(--jm-border); flex: none; flex-wrap: wrap; }
#toolbar .spacer { flex: 1; }
#toolbar button, #documents button { font: inherit; color: var(--jm-fg); background: transparent; border: 1px solid var(--jm-border); border-radius: 4px; padding: 2px 8px; cursor: pointer; min-width: 28px; }
#toolbar button:hover { background: var(--jm-band); }
#toolbar button:focus-visible, #banner-text:focus-visible { outline: 2px solid var(--jm-focus); outline-offset: 1px; }
#documents { display: flex; gap: 4px; flex-wrap: wrap; }
#documents button[aria-pressed="true"] { background: var(--jm-chip); color: var(--jm-chip-fg); }
#title { font-weight: 600; margin-left: 4px; }
#lens { display: flex; align-items: center; gap: 4px; margin-left: 8px; color: var(--jm-muted); }
#lens[hidden] { display: none; }
#lens select { font: inherit; color: var(--jm-fg); background: var(--jm-bg); border: 1px solid var(--jm-border); border-radius: 4px; padding: 1px 4px; max-width: 24em; }
#lens select:focus-visible { outline: 2px solid var(--jm-focus); outline-offset: 1px; }
#zoom-level { min-width: 44px; text-align: center; color: var(--jm-muted); }
#banner { flex: none; border-bottom: 1px solid var(--jm-bad); background: var(--jm-pain-bg); }
#banner[hidden] { display: none; }
#banner-text { font: inherit; color: var(--jm-fg); background: transparent; border: none; padding: 6px 12px; width: 100%; text-align: left; cursor: pointer; }
#viewport { flex: 1; overflow: auto; position: relative; scrollbar-gutter: stable; }
#map { display: inline-block; min-width: 100%; }
#map > svg { display: block; }
/* A card jumped to (a "next" link): marked for a moment (FLASH_MS in highlight.ts). */
.jm-el.jm-flash > .jm-frame { stroke: var(--jm-focus); stroke-width: 4; animation: jm-flash 1.6s ease-out; }
@keyframes jm-flash { 0%, 60% { stroke-opacity: 1; } 100% { stroke-opacity: 0.2; } }
@media (prefers-reduced-motion: reduce) { .jm-el.jm-flash > .jm-frame { animation: none; } }
/* Lane labels stay at the view's left edge while the map scrolls sideways (see sticky-labels.ts). */
.jm-map .jm-lane-head { transform: translateX(calc(var(--jm-pin-x, 0) * 1px)); }
#status { flex: none; padding: 2px 8px; color: var(--jm-muted); border-top: 1px solid var(--jm-border); min-height: 1.4em; }
body[data-host="vscode"] #status, body[data-host="vscode"] #documents { display: none; }
`;

export function previewCss(): string {
    return [mapFontFaces('fonts/'), VSCODE_PALETTE, BROWSER_PALETTE, PAGE, MAP_CSS].join('\n');
}
