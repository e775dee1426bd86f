import type { JourneyMapModel } from '../model/view-model.js';
import type { ChromeWords, PreviewChrome } from './preview-chrome.js';
import { syntaxBannerText } from './syntax-banner.js';

/** The banner over a map whose text does not parse; a click asks to go to the error. */
export class SyntaxBanner {
    constructor(private readonly chrome: Pick<PreviewChrome, 'banner' | 'bannerText'>, private readonly words: ChromeWords, onReveal: () => void) {
        chrome.bannerText.addEventListener('click', onReveal);
    }

    /** Called at every draw: the page is changed only where the banner changes (most keystrokes change nothing here). */
    show(model: JourneyMapModel, keptLastGood: boolean): void {
        const text = syntaxBannerText(model.syntaxErrors, keptLastGood, this.words);
        const hidden = text === undefined;
        if (this.chrome.banner.hidden !== hidden) {
            this.chrome.banner.hidden = hidden;
        }
        if (text !== undefined && this.chrome.bannerText.textContent !== text) {
            this.chrome.bannerText.textContent = text;
        }
    }
}
