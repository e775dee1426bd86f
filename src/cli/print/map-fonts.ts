import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/**
 * The font the map is drawn in, as files for the PNG and PDF renderers: Inter
 * (SIL Open Font License; Latin, Greek, Cyrillic, arrows and the math signs the
 * map writes), regular and semibold, from the npm package that ships it as TrueType. Resolved like a module, from this bundle's folder (or the
 * working directory when run from source).
 */
export const MAP_FONT_FILES = {
    regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    semibold: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'
} as const;

export type FontFace = keyof typeof MAP_FONT_FILES;

const here = typeof __dirname === 'string' ? __dirname : process.cwd();
const resolver = createRequire(path.join(here, 'index.js'));
const cache = new Map<FontFace, Buffer>();

export function mapFontPath(face: FontFace): string {
    return resolver.resolve(MAP_FONT_FILES[face]);
}

export function mapFont(face: FontFace): Buffer {
    let data = cache.get(face);
    if (!data) {
        data = readFileSync(mapFontPath(face));
        cache.set(face, data);
    }
    return data;
}
