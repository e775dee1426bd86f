import { paletteDeclarations, THEMES } from '../../render/map-styles.js';
import { mapFontFaces } from '../../render/text/map-font-files.js';

/**
 * The site's stylesheet (assets/site.css): the map's palette (light, or dark
 * when the reader's system asks), its font, and the index, tables and overview
 * pages. The map pages add the preview's own stylesheet.
 */
export function siteCss(): string {
    return `${mapFontFaces('fonts/')}
:root { ${paletteDeclarations(THEMES.light)} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { ${paletteDeclarations(THEMES.dark)} } }
body.site { margin: 0; background: var(--jm-bg); color: var(--jm-fg); font: 14px/1.5 var(--jm-font); height: auto; overflow: auto; display: block; }
.site a { color: var(--jm-accent); }
.site-nav { border-bottom: 1px solid var(--jm-border); background: var(--jm-band); padding: 8px 24px; }
.site-nav nav { display: flex; gap: 20px; flex-wrap: wrap; }
.site-nav a { text-decoration: none; font-weight: 600; }
.site-nav a[aria-current="page"] { color: var(--jm-fg); }
.site main, .journey-details { padding: 8px 24px 32px; max-width: 1400px; }
.site h1 { font-size: 24px; margin: 12px 0; }
.site h2 { font-size: 18px; margin: 24px 0 8px; }
.site h3 { font-size: 15px; margin: 16px 0 6px; }
.journey-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
.journey-card { border: 1px solid var(--jm-border); border-radius: 8px; padding: 12px 16px; background: var(--jm-card); }
.journey-card h2 { margin: 8px 0 4px; }
.journey-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.journey-card dt { color: var(--jm-muted); }
.journey-card dd { margin: 0; overflow-wrap: anywhere; }
.thumbnail { display: block; height: 140px; overflow: hidden; border: 1px solid var(--jm-border); border-radius: 6px; background: #fff; }
.thumbnail img { width: 100%; height: 100%; object-fit: cover; object-position: left top; }
.description { color: var(--jm-muted); overflow-wrap: anywhere; }
.source { color: var(--jm-muted); font-size: 12px; }
.site table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
.site caption { text-align: left; font-weight: 600; padding: 4px 0; }
.site th, .site td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--jm-border); overflow-wrap: anywhere; }
.site th { color: var(--jm-muted); font-weight: 600; }
.status.on-track { color: var(--jm-good); font-weight: 600; }
.status.off-track { color: var(--jm-bad); font-weight: 600; }
.status.unknown { color: var(--jm-neutral); }
.note .kind { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.02em; padding: 1px 6px; border-radius: 8px; }
.note.pain .kind { background: var(--jm-pain-bg); color: var(--jm-pain-fg); }
.note.opportunity .kind { background: var(--jm-opportunity-bg); color: var(--jm-opportunity-fg); }
.muted { color: var(--jm-muted); }
body.site #documents { display: none; }
body.site #viewport { flex: none; height: 78vh; border-top: 1px solid var(--jm-border); }
body.site #status { display: none; }
`;
}
