import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES } from '../helpers.js';
import { inDirectory, journey } from '../fixtures/journey-runner.js';

describe('journey diff --locale', function () {
    this.timeout(30000);
    let folder: string;

    beforeEach(() => {
        // base/ and head/ beside each other, compared from the folder (where journey.config.json is read).
        folder = mkdtempSync(path.join(tmpdir(), 'journey-diff-locale-'));
        cpSync(EXAMPLES, path.join(folder, 'base'), { recursive: true });
        cpSync(EXAMPLES, path.join(folder, 'head'), { recursive: true });
        const file = path.join(folder, 'head', 'webshop.journey');
        const text = readFileSync(file, 'utf8');
        assert.ok(text.includes('touchpoint Search "Google search"') && text.includes('            emotion -2\n'));
        writeFileSync(file, text.replace('touchpoint Search "Google search"', 'touchpoint GoogleSearch "Google search"').replace('            emotion -2\n', '            emotion -1\n'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const diff = (...args: string[]) => inDirectory(folder, () => journey('diff', 'base', 'head', ...args));
    const config = (text: string) => writeFileSync(path.join(folder, 'journey.config.json'), text);

    it('writes the text report in the language --locale names', async () => {
        const da = await diff('--locale', 'da');
        assert.equal(da.code, 0, da.err);
        assert.match(da.out, /^rejse Webshop$/m);
        assert.match(da.out, /^ {2}omdøbt {4}kontaktpunkt Awareness\.GoogleSearch "Google search" \(fra Awareness\.Search, samme titel\) {2}head[\\/]webshop\.journey:23$/m);
        assert.match(da.out, /^ +følelse: -2 → -1$/m);
        assert.match(da.out, /\n2 ændringer: 1 kontaktpunkt omdøbt, 1 kontaktpunkt ændret$/);
        const sv = await diff('--locale', 'sv', '--format', 'markdown');
        assert.match(sv.out, /^### Ändringar i resorna\n\n\*\*1 kontaktpunkt har bytt namn · 1 kontaktpunkt har ändrats\*\*\n\n#### Resa Webshop\n\n\| \| Element \| Ändring \| Var \|/);
    });

    it('takes "locale" from journey.config.json, and --locale before it', async () => {
        const english = await diff();
        config('{\n  "locale": "nb"\n}\n');
        const configured = await diff();
        assert.equal(configured.code, 0, configured.err);
        assert.match(configured.out, /\n2 endringer: 1 kontaktpunkt omdøpt, 1 kontaktpunkt endret$/);
        const flag = await diff('--locale', 'en');
        assert.equal(flag.out, english.out, '--locale en: the English report, byte for byte');
        assert.match(flag.out, /\n2 changes: 1 touchpoint renamed, 1 touchpoint changed$/);
        assert.match((await diff('--locale', 'sv')).out, /\n2 ändringar: /);
    });

    it('writes the same JSON in every language', async () => {
        const neutral = await diff('--format', 'json');
        config('{ "locale": "da" }');
        assert.equal((await diff('--format', 'json')).out, neutral.out);
        assert.equal((await diff('--format', 'json', '--locale', 'sv')).out, neutral.out);
        assert.match(neutral.out, /"change": "renamed"/);
    });

    it('refuses an unknown locale, from the option or from the config naming its position, with exit 2 and no report', async () => {
        const option = await diff('--locale', 'no');
        assert.equal(option.code, 2);
        assert.match(option.err, /unknown locale 'no' \(expected en, da, nb, sv\)/);
        assert.equal(option.out, '');
        config('{\n  "locale": "dk"\n}\n');
        const configured = await diff();
        assert.equal(configured.code, 2);
        assert.match(configured.err, /journey\.config\.json:2:13: 'locale' must be one of en, da, nb, sv \(got "dk"\)/);
        assert.equal(configured.out, '');
        // The option decides alone: the config's bad value is not read.
        assert.equal((await diff('--locale', 'da')).code, 0);
    });

    it('says so in its help', async () => {
        const help = await journey('diff', '--help');
        assert.match(help.out, /\[--locale en\|da\|nb\|sv\]/);
        assert.match(help.out, /--locale picks the language of the text and markdown reports' own words/);
    });
});
