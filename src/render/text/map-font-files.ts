import { MAP_FONT_FAMILY } from './font-metrics.js';

/**
 * The map font's files as every page ships them: the build copies them from
 * the font's npm package into out/webview/fonts/ (with its licence), and the
 * site copies them next to its pages.
 */
export const MAP_FONT_FILES = [
    { file: 'Inter-Regular.ttf', weights: '100 500', postscriptName: 'Inter-Regular', source: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf' },
    { file: 'Inter-SemiBold.ttf', weights: '600 900', postscriptName: 'Inter-SemiBold', source: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf' }
] as const;

export const MAP_FONT_LICENSE = { file: 'OFL.txt', source: '@expo-google-fonts/inter/LICENSE_FONT' } as const;

/** `@font-face` rules for the map font, its files under `base` (relative to the stylesheet). */
export function mapFontFaces(base: string): string {
    return MAP_FONT_FILES.map(font =>
        `@font-face { font-family: ${MAP_FONT_FAMILY}; font-style: normal; font-weight: ${font.weights}; font-display: block; src: url("${base}${font.file}") format("truetype"); }`
    ).join('\n');
}
