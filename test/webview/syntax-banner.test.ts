import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { buildViewModel } from '../../src/model/build-view-model.js';
import { syntaxBannerText } from '../../src/webview/syntax-banner.js';
import { JSDOM } from 'jsdom';
import { SyntaxBanner } from '../../src/webview/banner.js';
import { buildChrome, ENGLISH_CHROME } from '../../src/webview/preview-chrome.js';
import { chromeWordsFor } from '../../src/cli/chrome-words.js';

async function syntaxErrorsOf(text: string) {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///x/banner.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return buildViewModel(document).syntaxErrors;
}

describe('the preview banner for a map whose text does not parse', () => {
    it('ends the lexer message with one period before "Showing the last valid map."', async () => {
        const errors = await syntaxErrorsOf('owner O\njourney J { owner O stage S { # touchpoint T } }\n');
        assert.match(errors[0].message, /\(U\+0023\)\.$/, 'the message itself is a sentence');
        const text = syntaxBannerText(errors, true)!;
        assert.equal(text, "Syntax error at line 2, column 31: Unexpected character '#' (U+0023). Showing the last valid map.");
        assert.doesNotMatch(text, /\.\./);
    });

    it('adds the period a message lacks, and counts the other errors', () => {
        const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } };
        assert.equal(syntaxBannerText([{ message: "Expected '}'", range }, { message: 'x', range }], false),
            "Syntax error at line 1, column 5: Expected '}' (and 1 more).");
    });

    it('says it in the preview\'s language, from the extension\'s l10n bundles, leaving the parser\'s message as the Problems panel has it', () => {
        const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } };
        const errors = [{ message: "Expected '}'.", range }, { message: 'x', range }, { message: 'y', range }];
        assert.equal(syntaxBannerText(errors, true, chromeWordsFor('da')),
            "Syntaksfejl i linje 3, kolonne 1: Expected '}' (og 2 til). Viser det seneste gyldige kort.");
        assert.equal(syntaxBannerText(errors.slice(0, 1), false, chromeWordsFor('sv')), "Syntaxfel på rad 3, kolumn 1: Expected '}'.");
        assert.equal(syntaxBannerText(errors.slice(0, 2), true, chromeWordsFor('nb')),
            "Syntaksfeil på linje 3, kolonne 1: Expected '}' (og 1 til). Viser det siste gyldige kartet.");
    });

    it('has no text when the document parses', () => {
        assert.equal(syntaxBannerText([], true), undefined);
    });

    it('shows and hides the banner over the page, changing the page only when the banner changes', async () => {
        const { window } = new JSDOM('<!DOCTYPE html><body></body>');
        const chrome = buildChrome(window.document, ENGLISH_CHROME, () => undefined);
        const banner = new SyntaxBanner(chrome, ENGLISH_CHROME, () => undefined);
        const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } };
        const model = (syntaxErrors: Array<{ message: string; range: typeof range }>) => ({ syntaxErrors }) as unknown as Parameters<SyntaxBanner['show']>[0];
        const changes: MutationRecord[] = [];
        const observer = new window.MutationObserver(records => changes.push(...records));
        observer.observe(chrome.banner, { subtree: true, attributes: true, childList: true, characterData: true });
        const seen = () => { changes.push(...observer.takeRecords()); return changes.splice(0).length; };
        banner.show(model([]), false);
        assert.equal(chrome.banner.hidden, true);
        assert.equal(seen(), 0, 'hidden already');
        banner.show(model([{ message: "Expected '}'", range }]), true);
        assert.equal(chrome.banner.hidden, false);
        assert.equal(chrome.bannerText.textContent, "Syntax error at line 1, column 5: Expected '}'. Showing the last valid map.");
        assert.ok(seen() > 0);
        banner.show(model([{ message: "Expected '}'", range }]), true);
        assert.equal(seen(), 0, 'the same banner again');
        banner.show(model([{ message: "Expected '{'", range }]), true);
        assert.match(chrome.bannerText.textContent ?? '', /Expected '\{'/);
        banner.show(model([]), false);
        assert.equal(chrome.banner.hidden, true);
        observer.disconnect();
    });
});
