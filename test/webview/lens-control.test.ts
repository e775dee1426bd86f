import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { readerWords, type Locale } from '../../src/language/reader-words.js';
import { LensControl, lensChoices } from '../../src/webview/lens-control.js';
import { buildChrome, ENGLISH_CHROME } from '../../src/webview/preview-chrome.js';
import { exampleModels, modelOf } from '../fixtures/view-models.js';

describe('persona lens control', () => {
    function control(locale?: Locale) {
        const { window } = new JSDOM('<!DOCTYPE html><body></body>');
        const chrome = buildChrome(window.document, ENGLISH_CHROME, () => undefined);
        const chosen: Array<string | undefined> = [];
        const lens = new LensControl(chrome.lens, readerWords(locale), persona => chosen.push(persona));
        const select = chrome.lens.querySelector('select')!;
        const choose = (value: string) => {
            select.value = value;
            select.dispatchEvent(new window.Event('change'));
        };
        return { lens, element: chrome.lens, select, chosen, choose };
    }

    it('lists the model\'s personas by title, in the map\'s order, names as written for those that name no definition', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        assert.deepEqual(lensChoices(model), [
            { key: 'persona:Studerende', title: 'Mette, 22, læser til sygeplejerske' },
            { key: 'persona:Pensionist', title: 'Ole, 71, læser krimier' }
        ]);
        const ghost = await modelOf('journey J { stage S { touchpoint T { persona Ghost } } }');
        assert.deepEqual(lensChoices(ghost), [{ key: 'Ghost', title: 'Ghost' }]);
    });

    it('offers all personas or one, says which was chosen, and hides itself when there are none', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { lens, element, select, chosen, choose } = control();
        assert.equal(element.hidden, true);
        assert.equal(lens.show(lensChoices(model), undefined), undefined);
        assert.equal(element.hidden, false);
        assert.deepEqual(Array.from(select.options).map(o => [o.value, o.textContent]), [
            ['', 'All personas'], ['persona:Studerende', 'Mette, 22, læser til sygeplejerske'], ['persona:Pensionist', 'Ole, 71, læser krimier']
        ]);
        choose('persona:Pensionist');
        choose('');
        assert.deepEqual(chosen, ['persona:Pensionist', undefined]);
        assert.equal(lens.show([], 'persona:Pensionist'), undefined, 'a persona the model lacks: everyone');
        assert.equal(element.hidden, true);
    });

    it('sets the select only when a draw changes the persona shown', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { lens, select } = control();
        const prototype = Object.getPrototypeOf(select) as object;
        const value = Object.getOwnPropertyDescriptor(prototype, 'value')!;
        const sets: string[] = [];
        Object.defineProperty(select, 'value', { get: () => value.get!.call(select), set: (v: string) => { sets.push(v); value.set!.call(select, v); } });
        lens.show(lensChoices(model), 'persona:Pensionist');
        assert.deepEqual(sets, ['persona:Pensionist']);
        lens.show(lensChoices(model), 'persona:Pensionist');
        lens.show(lensChoices(model), 'persona:Pensionist');
        assert.deepEqual(sets, ['persona:Pensionist'], 'the same choice drawn again');
        lens.show(lensChoices(model), undefined);
        assert.deepEqual(sets, ['persona:Pensionist', '']);
        assert.equal(select.value, '');
    });

    it('keeps a chosen persona while the model has it', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { lens, select } = control();
        assert.equal(lens.show(lensChoices(model), 'persona:Studerende'), 'persona:Studerende');
        assert.equal(select.value, 'persona:Studerende');
        assert.equal(lens.show(lensChoices(model).slice(1), 'persona:Studerende'), undefined);
        assert.equal(select.value, '');
    });

    it('speaks the page\'s language', async () => {
        const { 'bibliotek.journey': model } = await exampleModels();
        const { lens, element, select } = control('da');
        lens.show(lensChoices(model), undefined);
        assert.equal(element.querySelector('.lens-label')!.textContent, 'Persona');
        assert.equal(select.getAttribute('aria-label'), 'Vis rejsen, som én persona oplever den');
        assert.equal(select.options[0].textContent, 'Alle personaer');
    });
});
