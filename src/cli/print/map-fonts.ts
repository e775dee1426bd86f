import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { FontFace } from '../../render/text/font-metrics.js';
import { MAP_FONT_FILES, MAP_FONT_LICENSE } from '../../render/text/map-font-files.js';

/**
 * The map's font as files for the PNG and PDF renderers and the site: Inter (SIL
 * Open Font License; Latin, Greek, Cyrillic, arrows and the signs the map
 * writes), regular and semibold, from the npm package that ships it as TrueType.
 * Resolved like a module, from this bundle's folder (or the working directory
 * when run from source).
 */
const here = typeof __dirname === 'string' ? __dirname : process.cwd();
const resolver = createRequire(path.join(here, 'index.js'));
const cache = new Map<FontFace, Buffer>();

const SOURCES: Record<FontFace, string> = { regular: MAP_FONT_FILES[0].source, semibold: MAP_FONT_FILES[1].source };

export function mapFontPath(face: FontFace): string {
    return resolver.resolve(SOURCES[face]);
}

export function mapFont(face: FontFace): Buffer {
    let data = cache.get(face);
    if (!data) {
        data = readFileSync(mapFontPath(face));
        cache.set(face, data);
    }
    return data;
}

/** Every file a page needs to show the font (and its licence): name in the site, path on disk. */
export function mapFontAssets(): Array<{ file: string; path: string }> {
    return [...MAP_FONT_FILES, MAP_FONT_LICENSE].map(font => ({ file: font.file, path: resolver.resolve(font.source) }));
}
