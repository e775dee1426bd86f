import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { PrintableSvg } from '../../render/print/print-svg.js';
import { MAP_FONT_FILES } from '../../render/text/map-font-files.js';
import { mapFont } from './map-fonts.js';

export type PageSize = 'a4' | 'a3' | 'fit';
export const PAGE_SIZES: readonly PageSize[] = ['a4', 'a3', 'fit'];

/** ISO sizes in points, landscape. */
const PAGES: Record<Exclude<PageSize, 'fit'>, [number, number]> = {
    a4: [841.89, 595.28],
    a3: [1190.55, 841.89]
};
const MARGIN = 24;
/** The largest page PDF readers accept (200 inches), in points. */
const MAX_PAGE = 14400;
/** CSS pixels to points. */
const PX = 72 / 96;

/**
 * A one-page PDF of the map: text stays text (the map's font embedded, subset),
 * shapes stay vectors. `fit` makes the page the map's size; a4 and a3 are
 * landscape with the map scaled to fit inside the margins.
 */
export async function printPdf(svg: PrintableSvg, page: PageSize, title: string): Promise<Buffer> {
    const mapWidth = svg.width * PX;
    const mapHeight = svg.height * PX;
    const shrink = Math.min(1, MAX_PAGE / mapWidth, MAX_PAGE / mapHeight);
    const [pageWidth, pageHeight] = page === 'fit' ? [mapWidth * shrink, mapHeight * shrink] : PAGES[page];
    const margin = page === 'fit' ? 0 : MARGIN;
    const scale = Math.min(1, (pageWidth - 2 * margin) / mapWidth, (pageHeight - 2 * margin) / mapHeight);
    const width = mapWidth * scale;
    const height = mapHeight * scale;
    const regular = mapFont('regular');
    // The map's font is the default too, so PDFKit never loads its built-in Helvetica.
    const doc = new PDFDocument({ size: [pageWidth, pageHeight], margin: 0, font: regular as unknown as string, info: { Title: title, Creator: 'journey render' }, compress: true });
    // Registered under their PostScript names: PDFKit caches an open font by the name it is asked for,
    // except a name whose font is already open under its PostScript name (the default above), which
    // it would parse again for every text. Under its own name each face is parsed once.
    const [regularName, semiboldName] = MAP_FONT_FILES.map(font => font.postscriptName);
    doc.registerFont(regularName, regular);
    doc.registerFont(semiboldName, mapFont('semibold'));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
        doc.on('end', () => resolve());
        doc.on('error', reject);
    });
    const warnings: string[] = [];
    SVGtoPDF(doc, svg.markup, (pageWidth - width) / 2, (pageHeight - height) / 2, {
        width, height, preserveAspectRatio: 'xMidYMid meet',
        fontCallback: (_family: string, bold: boolean) => bold ? semiboldName : regularName,
        warningCallback: (warning: string) => warnings.push(warning)
    });
    doc.end();
    await ended;
    if (warnings.length > 0) {
        throw new Error(`the PDF renderer could not draw part of the map: ${warnings[0]}`);
    }
    return Buffer.concat(chunks);
}
