import da from '../../l10n/bundle.l10n.da.json';
import nb from '../../l10n/bundle.l10n.nb.json';
import sv from '../../l10n/bundle.l10n.sv.json';
import type { Locale } from '../language/reader-words.js';
import { ENGLISH_CHROME, type ChromeWords } from '../render/html-page.js';

/** The extension's l10n bundles, keyed by the English text: one translation of the map's controls for VS Code and the CLI alike. */
const BUNDLES: Record<Exclude<Locale, 'en'>, Record<string, string>> = { da, nb, sv };

/**
 * The words of the map's own controls (zoom, fit, ...) in `locale`, for the pages
 * `journey serve` and `journey build` write: the same translations VS Code shows.
 * A word a bundle lacks stays English.
 */
export function chromeWordsFor(locale: Locale = 'en'): ChromeWords {
    const words = { ...ENGLISH_CHROME };
    if (locale === 'en') {
        return words;
    }
    const bundle = BUNDLES[locale];
    for (const key of Object.keys(words) as Array<keyof ChromeWords>) {
        words[key] = bundle[ENGLISH_CHROME[key]] ?? ENGLISH_CHROME[key];
    }
    return words;
}
