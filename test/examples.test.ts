import { strict as assert } from 'node:assert';
import { AstUtils, type Reference } from 'langium';
import { buildWorkspace, exampleFiles } from './helpers.js';
import { measuresOf, nextOf, personasOf } from '../src/language/element-properties.js';

describe('reference examples', () => {
    it('parse, link and validate with no errors or warnings', async () => {
        const files = Object.fromEntries(exampleFiles().map(({ name, text }) => [name, text]));
        assert.ok(Object.keys(files).length >= 3, 'the examples are copied into the project');
        const { documents } = await buildWorkspace(files);
        for (const [name, document] of Object.entries(documents)) {
            assert.deepEqual(document.parseResult.lexerErrors, [], `${name}: lexer errors`);
            assert.deepEqual(document.parseResult.parserErrors, [], `${name}: parser errors`);
            const problems = (document.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2);
            assert.deepEqual(problems.map(d => `${d.code} ${d.message}`), [], `${name}: errors or warnings`);
        }
    });

    it('resolve the webshop journey against the shared definitions', async () => {
        const files = Object.fromEntries(exampleFiles().map(({ name, text }) => [name, text]));
        const { documents } = await buildWorkspace(files);
        const webshop = documents['webshop.journey'].parseResult.value.elements[0];
        assert.equal(webshop.$type, 'Journey');
        if (webshop.$type !== 'Journey') return;
        assert.equal(personasOf(webshop)[0].ref?.name, 'FirstTimeBuyer');
        const instagram = webshop.stages[0].touchpoints[0];
        assert.equal(nextOf(instagram)?.ref?.name, 'ProductPage');
        assert.equal(nextOf(instagram)?.ref?.$container.name, 'Consideration');
        assert.equal(measuresOf(instagram)[0].ref?.title, 'Click-through rate');
    });

    it('parse Unicode identifiers', async () => {
        const files = Object.fromEntries(exampleFiles().map(({ name, text }) => [name, text]));
        const { documents } = await buildWorkspace(files);
        const names = documents['kundereise.journey'].parseResult.value.elements.map(e => e.name);
        assert.ok(names.includes('Markedsføring'));
        assert.ok(names.includes('Gjenkjøp'));
    });

    it('include a fourth example, in Danish, that uses every construct of the second edition', async () => {
        const files = Object.fromEntries(exampleFiles().map(({ name, text }) => [name, text]));
        const text = files['bibliotek.journey'];
        const id = '[\\p{L}_][\\p{L}\\d_]*';
        for (const construct of [`emotion \\+\\d`, `emotion -\\d for ${id}`, `^\\s+persona ${id}$`, `backstage "[^"]+" by ${id}`,
            `support "[^"]+"$`, `support "[^"]+" by ${id}`, `continues ${id}$`, `continues ${id}\\.${id}`,
            `pain "[^"]+" from ${id}, ${id}`, `opportunity "[^"]+" from ${id}`, `^evidence ${id} "[^"]+" \\{`,
            'source "', 'date "', 'url "', 'sample \\d+'].map(pattern => new RegExp(pattern, 'mu'))) {
            assert.match(text, construct);
        }
        const { documents } = await buildWorkspace(files);
        const bibliotek = documents['bibliotek.journey'];
        const references = [...AstUtils.streamAst(bibliotek.parseResult.value)].flatMap(node => [...AstUtils.streamReferences(node)]);
        assert.ok(references.length > 30);
        assert.deepEqual(references.filter(ref => (ref.reference as Reference).ref === undefined).map(ref => ref.reference.$refText), [], 'all resolve');
    });
});
