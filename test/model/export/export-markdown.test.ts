import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { buildViewModel } from '../../../src/model/build-view-model.js';
import { modelAsMarkdown } from '../../../src/model/export/export-markdown.js';
import { buildWorkspace, exampleFiles } from '../../helpers.js';
import { parseMermaidJourney } from '../../fixtures/mermaid-parser.js';

async function markdownOf(files: Record<string, string>, name: string): Promise<string> {
    const { documents } = await buildWorkspace(files);
    return modelAsMarkdown(buildViewModel(documents[name]));
}

/** Every table of the rendered Markdown as rows of cell texts (header row included). */
function tables(markdown: string): string[][][] {
    const html = marked.parse(markdown, { async: false });
    return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(table =>
        [...table[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row => [...row[1].matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map(cell => cell[1])));
}

describe('Markdown export', function () {
    this.timeout(60000);
    const examples = Object.fromEntries(exampleFiles().map(file => [file.name, file.text]));

    it('summarises a journey: heading, description, a row per stage and touchpoint, its KPIs', async () => {
        const markdown = await markdownOf(examples, 'webshop.journey');
        assert.match(markdown, /^## Buying an original painting online\n\nFive phases of the purchase journey/);
        const [map, kpis] = tables(markdown);
        assert.deepEqual(map[0], ['Stage', 'Touchpoint', 'Channel', 'Owner', 'Emotion', 'Pains', 'Opportunities', 'KPIs']);
        assert.equal(map.length - 1, 5 + 11);
        const checkout = map.find(cells => cells[1] === 'Checkout')!;
        assert.deepEqual(checkout.slice(2, 5), ['web', 'E-commerce team', '-2 (very negative)']);
        assert.equal(checkout[7], 'Visit-to-order conversion, Cart abandonment');
        const wordOfMouth = map.find(cells => cells[1] === 'A friend&#39;s recommendation')!;
        assert.equal(wordOfMouth[3], 'Marketing team (from stage)');
        assert.deepEqual(kpis[0], ['KPI', 'Target', 'Current', 'Status', 'Owner']);
        assert.deepEqual(kpis.find(cells => cells[0] === 'Cart abandonment'), ['Cart abandonment', '≤ 60%', '71%', '🔴 off track', 'E-commerce team']);
    });

    it('lists each persona\'s emotion, cited evidence, backstage, support, narrowed personas and continues', async () => {
        const markdown = await markdownOf(examples, 'bibliotek.journey');
        const [signup, kpis, evidence, loans, loansEvidence] = tables(markdown);
        assert.deepEqual(signup[0], ['Stage', 'Touchpoint', 'Channel', 'Owner', 'Emotion', 'Pains', 'Opportunities', 'KPIs', 'Backstage', 'Support']);
        const web = signup.find(cells => cells[1] === 'Bibliotekets hjemmeside')!;
        assert.equal(web[4], '+1 (positive)<br>Mette, 22, læser til sygeplejerske: +2 (very positive)<br>Ole, 71, læser krimier: -1 (negative)');
        assert.equal(web[5], 'Indmeldelsen kræver MitID, som ikke alle har ved hånden (from Brugerundersøgelse 2026)');
        assert.deepEqual(web.slice(8), ['', 'Hjemmesidens indholdssystem (Digitale tjenester)']);
        const desk = signup.find(cells => cells[1].startsWith('Skranken'))!;
        assert.equal(desk[1], 'Skranken på hovedbiblioteket<br><em>for</em> Ole, 71, læser krimier<br>→ Det første lån');
        assert.equal(desk[8], 'Bibliotekaren opretter lånerkortet (Betjening og skranke)');
        const app = signup.find(cells => cells[1].startsWith('Biblioteksappen'))!;
        assert.equal(app[1], 'Biblioteksappen<br>→ Det første lån › Reservering');
        assert.equal(app[5], 'Koden til appen kommer først dagen efter (from Brugerundersøgelse 2026, Interviews ved skranken)');
        assert.equal(app[6], 'Send koden med det samme som sms (from Interviews ved skranken)');
        const stage = signup.find(cells => cells[0].includes('Oprettelse'))!;
        assert.equal(stage[0], '<strong>Oprettelse</strong><br><em>for</em> Mette, 22, læser til sygeplejerske');
        assert.equal(stage[4], 'Mette, 22, læser til sygeplejerske: -1 (negative)');
        assert.deepEqual(kpis[0], ['KPI', 'Target', 'Current', 'Status', 'Owner']);
        assert.deepEqual(evidence, [
            ['Evidence', 'Source', 'Date', 'Sample', 'URL'],
            // GitHub links a written https URL: the evidence opens from the table.
            ['Brugerundersøgelse 2026', 'Kommunens årlige brugerundersøgelse', '2026-03', '1240',
                '<a href="https://bibliotek.example.dk/brugerundersoegelse-2026">https://bibliotek.example.dk/brugerundersoegelse-2026</a>'],
            ['Interviews ved skranken', 'Tolv interviews med nye lånere', '2026-05', '12', '']
        ]);
        const shelf = loans.find(cells => cells[1] === 'Afhentningshylden')!;
        assert.equal(shelf[8], 'Materialet sendes fra en filial (Materialer og logistik)<br>Hylden fyldes op hver morgen (Betjening og skranke)');
        assert.equal(shelf[9], 'Sms, når materialet er klar');
        assert.equal(loansEvidence.length, 3);
    });

    it('embeds a Mermaid diagram of the journey that Mermaid parses', async () => {
        const markdown = await markdownOf(examples, 'kundereise.journey');
        const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
        assert.ok(block);
        const parsed = await parseMermaidJourney(block[1]);
        assert.ok(parsed.tasks.length > 0);
    });

    it('keeps model text as text in headings and cells', async () => {
        const hostile = 'journey J "# Not | a <b>heading</b> @all" { stage S "*S* | x" { goal "[link](javascript:alert(1))" touchpoint T "`code` $math$ ~~gone~~" { pain "- not a list" } } }';
        const markdown = await markdownOf({ 'a.journey': hostile }, 'a.journey');
        const html = marked.parse(markdown, { async: false });
        assert.match(html, /<h2># Not \| a &lt;b&gt;heading&lt;\/b&gt; @all<\/h2>/);
        assert.doesNotMatch(html.replace(/<pre>[\s\S]*?<\/pre>/, ''), /<(em|code|del|a|b)[ >]/);
        const [map] = tables(markdown);
        assert.ok(map.every(row => row.length === 8), JSON.stringify(map));
        assert.equal(map[1][0], '<strong>*S* | x</strong><br>[link](javascript:alert(1))');
        assert.equal(map[2][1], '`code` $math$ ~~gone~~');
        assert.equal(map[2][5], '- not a list');
    });
});
