import PDFDocument from 'pdfkit';
import type { PrintableTree } from '../../render/print/print-svg.js';
import { MAP_FONT_FILES } from '../../render/text/map-font-files.js';
import { drawTree, type PdfCanvas } from './draw-pdf.js';
import { pdfFont } from './pdf-fonts.js';

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
 * landscape with the map scaled to fit inside the margins. The map's render
 * tree is drawn straight into the PDF (draw-pdf.ts), without SVG in between.
 */
export async function printPdf(svg: PrintableTree, page: PageSize, title: string): Promise<Buffer> {
    const mapWidth = svg.width * PX;
    const mapHeight = svg.height * PX;
    const shrink = Math.min(1, MAX_PAGE / mapWidth, MAX_PAGE / mapHeight);
    const [pageWidth, pageHeight] = page === 'fit' ? [mapWidth * shrink, mapHeight * shrink] : PAGES[page];
    const margin = page === 'fit' ? 0 : MARGIN;
    const scale = Math.min(1, (pageWidth - 2 * margin) / mapWidth, (pageHeight - 2 * margin) / mapHeight);
    const width = mapWidth * scale;
    const height = mapHeight * scale;
    const regular = pdfFont('regular');
    // The map's font is the default too, so PDFKit never loads its built-in Helvetica.
    const doc = new PDFDocument({ size: [pageWidth, pageHeight], margin: 0, font: regular as unknown as string, info: { Title: title, Creator: 'journey render' }, compress: true });
    // Registered under their PostScript names: PDFKit caches an open font by the name it is asked for,
    // and a name whose font is already open under its PostScript name (the default above) finds it.
    const [regularName, semiboldName] = MAP_FONT_FILES.map(font => font.postscriptName);
    doc.registerFont(regularName, regular as unknown as string);
    doc.registerFont(semiboldName, pdfFont('semibold') as unknown as string);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
        doc.on('end', () => resolve());
        doc.on('error', reject);
    });
    doc.save();
    doc.translate((pageWidth - width) / 2, (pageHeight - height) / 2);
    doc.scale(PX * scale);
    drawTree(doc as unknown as PdfCanvas, svg.tree, { regular: regularName, bold: semiboldName });
    doc.restore();
    doc.end();
    await ended;
    return Buffer.concat(chunks);
}
