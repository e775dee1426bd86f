import { strict as assert } from 'node:assert';
import { detectTemplateLanguage, templateLanguageSetting } from '../../../src/language/lsp/journey-template-language.js';

describe('the language of a journey file, for its templates', () => {
    const samples: Array<[string, string]> = [
        ['nb', 'Raske svar når noe går galt. Lang ventetid når chatboten ikke forstår.'],
        ['nb', 'touchpoint Nettsted "Nettsted og landingssider" { owner Netthandel }'],
        ['da', 'Mailen havner i spam, og kunden ved ikke hvorfor.'],
        ['da', 'stage Rejse "Kunderejsen" { need "Kunden sammenligner løsninger" }'],
        ['da', 'pain "Kunden ved ikke hvad leveringen koster"'],
        ['sv', 'Mejlet hamnar i skräpposten'],
        ['sv', 'Kunden jämför erbjudanden och vill veta leveranstiden'],
        ['en', 'Shipping cost appears only at the last step of the checkout'],
        ['en', 'pain "The customer cannot find the delivery time"']
    ];
    for (const [language, text] of samples) {
        it(`reads ${language} in "${text}"`, () => {
            assert.equal(detectTemplateLanguage(text), language);
        });
    }

    it('does not guess from the language\'s own keywords or from too few words', () => {
        assert.equal(detectTemplateLanguage('journey J { stage S { touchpoint T { channel web owner O } } }'), undefined);
        assert.equal(detectTemplateLanguage(''), undefined);
    });

    it('takes the setting when it names a language, and detects for auto', () => {
        assert.equal(templateLanguageSetting('da'), 'da');
        assert.equal(templateLanguageSetting('auto'), undefined);
        assert.equal(templateLanguageSetting(42), undefined);
    });
});
