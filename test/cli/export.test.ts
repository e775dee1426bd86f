import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { VIEW_MODEL_VERSION, type JourneyMapModel } from '../../src/model/view-model.js';
import { parseMermaidJourney } from '../fixtures/mermaid-parser.js';
import { EXAMPLES } from '../helpers.js';
import { journey } from '../fixtures/journey-runner.js';

describe('journey export', function () {
    this.timeout(60000);
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-export-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const webshop = path.join(EXAMPLES, 'webshop.journey');

    it('writes a fenced Mermaid block by default, resolving personas from the file\'s directory', async () => {
        const result = await journey('export', webshop);
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /^```mermaid\njourney\n/);
        const parsed = await parseMermaidJourney(result.out.replace(/^```mermaid\n|\n```$/g, ''));
        assert.deepEqual(parsed.tasks[0].people, ['Anna‚ 34‚ first original painting', 'Erik‚ 58‚ buys four works a year']);
    });

    it('writes the bare diagram with --bare, and asks which journey when a file has several', async () => {
        const bare = await journey('export', webshop, '--format', 'mermaid', '--bare');
        assert.equal(bare.code, 0, bare.err);
        assert.match(bare.out, /^journey\n {4}title Buying an original painting online\n/);
        const two = path.join(folder, 'two.journey');
        writeFileSync(two, 'journey A { stage S { touchpoint T } }\njourney B { stage S { touchpoint U } }\n');
        const ambiguous = await journey('export', two, '--bare');
        assert.equal(ambiguous.code, 2);
        assert.match(ambiguous.err, /two\.journey has 2 journeys; --bare writes one: choose it with --journey NAME/);
        const chosen = await journey('export', two, '--bare', '--journey', 'B');
        assert.equal(chosen.code, 0, chosen.err);
        assert.deepEqual((await parseMermaidJourney(chosen.out)).tasks.map(t => t.task), ['U']);
        const unknown = await journey('export', two, '--journey', 'C');
        assert.equal(unknown.code, 2);
        assert.match(unknown.err, /no journey 'C' in the file \(it has: A, B\)/);
    });

    it('writes the view model as JSON, its version first', async () => {
        const result = await journey('export', webshop, '--format', 'json');
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /^\{\n {2}"version": /);
        const model = JSON.parse(result.out) as JourneyMapModel;
        assert.equal(model.version, VIEW_MODEL_VERSION);
        assert.equal(model.journeys[0].stages.length, 5);
        assert.ok(model.owners.some(owner => owner.name === 'Marketing'));
    });

    it('carries the second edition in JSON: personas\' emotions, who passes, citations, backstage, support, continues, evidence', async () => {
        const result = await journey('export', path.join(EXAMPLES, 'bibliotek.journey'), '--format', 'json', '--journey', 'Indmeldelse');
        assert.equal(result.code, 0, result.err);
        const model = JSON.parse(result.out) as JourneyMapModel;
        const [visit, signup] = model.journeys[0].stages;
        const web = visit.touchpoints[0];
        assert.deepEqual(web.personaEmotions.map(e => [e.persona.name, e.emotion]), [['Studerende', 2], ['Pensionist', -1]]);
        assert.deepEqual(web.passedBy.map(p => p.name), ['Studerende', 'Pensionist']);
        assert.deepEqual(web.support, [{ text: 'Hjemmesidens indholdssystem', owner: { name: 'Digital', targetId: 'owner:Digital', resolved: true } }]);
        assert.deepEqual(visit.touchpoints[1].backstage.map(b => [b.text, b.owner?.name]), [['Bibliotekaren opretter lånerkortet', 'Betjening']]);
        assert.deepEqual(visit.touchpoints[1].continues?.journey.name, 'Udlån');
        const app = signup.touchpoints[0];
        assert.deepEqual(app.citations.map(c => [c.on, c.evidence.map(e => e.name)]), [['pain', ['Brugerundersøgelse', 'Skrankeinterviews']], ['opportunity', ['Skrankeinterviews']]]);
        assert.deepEqual(app.continues?.stage?.name, 'Reservering');
        assert.deepEqual(model.evidence.map(e => [e.name, e.origin, e.date, e.sample]), [
            ['Brugerundersøgelse', 'Kommunens årlige brugerundersøgelse', '2026-03', 1240], ['Skrankeinterviews', 'Tolv interviews med nye lånere', '2026-05', 12]
        ]);
    });

    it('writes the Markdown summary', async () => {
        const result = await journey('export', webshop, '--format', 'markdown');
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /^## Buying an original painting online\n/);
        assert.match(result.out, /\| Stage \| Touchpoint \| Channel \| Owner \| Emotion \| Pains \| Opportunities \| KPIs \|/);
    });

    it('takes definitions from --workspace when they live elsewhere', async () => {
        const alone = path.join(folder, 'webshop.journey');
        cpSync(webshop, alone);
        const unresolved = await journey('export', alone, '--bare');
        assert.equal(unresolved.code, 0, unresolved.err);
        // Personas it cannot resolve are shown by name.
        assert.match(unresolved.out, /Instagram ads: 4: FirstTimeBuyer, Collector$/m);
        const resolved = await journey('export', alone, '--bare', '--workspace', EXAMPLES);
        assert.match(resolved.out, /Instagram ads: 4: Anna‚ 34‚ first original painting, Erik‚ 58‚ buys four works a year$/m);
    });

    it('fails with exit 2 naming the position of a syntax error, and on usage errors', async () => {
        const broken = path.join(folder, 'broken.journey');
        writeFileSync(broken, 'journey J {\n    stage S {\n        touchpoint T { emotion }\n    }\n}\n');
        const result = await journey('export', broken);
        assert.equal(result.code, 2);
        assert.match(result.err, /broken\.journey:3:32: syntax error: Expected a whole number/);
        assert.equal(result.out, '');
        assert.equal((await journey('export', webshop, '--format', 'png')).code, 2);
        const directory = await journey('export', EXAMPLES);
        assert.equal(directory.code, 2);
        assert.match(directory.err, /a directory; give one \.journey file/);
        const none = await journey('export');
        assert.equal(none.code, 2);
        assert.match(none.err, /expected one FILE, got 0/);
    });
});
