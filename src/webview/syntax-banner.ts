import { fillPlaceholders } from '../language/vocabulary.js';
import type { SyntaxProblem } from '../model/view-model.js';
import { ENGLISH_CHROME, type ChromeWords } from '../render/html-page.js';

type BannerWords = Pick<ChromeWords, 'syntaxError' | 'syntaxErrors' | 'showingLastValid'>;

/**
 * The banner over a map whose text does not parse: where the first error is,
 * how many more there are, and whether the map shown is the last valid one,
 * in the preview's own words (VS Code's display language, or the site's).
 * The parser's message stays as the Problems panel shows it; it is a sentence
 * that usually ends with a period already.
 */
export function syntaxBannerText(errors: readonly SyntaxProblem[], keptLastGood: boolean, words: BannerWords = ENGLISH_CHROME): string | undefined {
    const first = errors[0];
    if (!first) {
        return undefined;
    }
    const text = fillPlaceholders(errors.length > 1 ? words.syntaxErrors : words.syntaxError,
        String(first.range.start.line + 1), String(first.range.start.character + 1), first.message.trim().replace(/[.!?…]+$/u, ''), String(errors.length - 1));
    return keptLastGood ? `${text} ${words.showingLastValid}` : text;
}
