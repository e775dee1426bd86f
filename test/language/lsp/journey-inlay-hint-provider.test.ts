import { strict as assert } from 'node:assert';
import type { LangiumDocument } from 'langium';
import type { InlayHint, InlayHintLabelPart } from 'vscode-languageserver-types';
import { exampleFiles } from '../../helpers.js';
import { workspace, type Services } from '../../fixtures/lsp-fixtures.js';

const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

async function hints(Journey: Services['Journey'], document: LangiumDocument): Promise<string[]> {
    const result = await Journey.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: whole }) ?? [];
    return result.map((hint: InlayHint) => {
        const label = typeof hint.label === 'string' ? hint.label : hint.label.map((part: InlayHintLabelPart) => part.value).join('');
        return `${hint.position.line}:${hint.position.character} ${label}`;
    });
}

describe('inlay hints', () => {
    it('show the inherited owner after the header of touchpoints without one, and where it comes from', async () => {
        const { Journey, docs } = await workspace(Object.fromEntries(exampleFiles().map(f => [f.name, f.text])));
        assert.deepEqual(await hints(Journey, docs['webshop.journey']), ['27:58 owner: Marketing (from stage)']);
        const norwegian = await hints(Journey, docs['kundereise.journey']);
        assert.ok(norwegian.includes('34:49 owner: Markedsføring (from journey)'), norwegian.join('\n'));
        assert.ok(norwegian.every(h => !h.includes('Chat')), 'a touchpoint with its own owner gets none');
    });

    it('link the owner name to its definition and sit after the name when there is no title', async () => {
        const { Journey, docs } = await workspace({ 'main.journey': 'owner O "Team"\njourney J { owner O stage S { touchpoint T } }\n' });
        const [hint] = await Journey.lsp.InlayHintProvider!.getInlayHints(docs['main.journey'],
            { textDocument: { uri: docs['main.journey'].uri.toString() }, range: whole }) ?? [];
        assert.deepEqual(hint.position, { line: 1, character: 42 });
        const owner = (hint.label as InlayHintLabelPart[])[1];
        assert.equal(owner.tooltip, 'Team');
        assert.deepEqual(owner.location?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } });
    });

    it('are turned off by journey.inlayHints.inheritedOwner = false, and on again', async () => {
        const { Journey, docs, services } = await workspace({ 'main.journey': 'owner O\njourney J { owner O stage S { touchpoint T } }\n' });
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.updateConfiguration({ settings: { journey: { inlayHints: { inheritedOwner: false } } } });
        assert.deepEqual(await hints(Journey, docs['main.journey']), []);
        configuration.updateConfiguration({ settings: { journey: { inlayHints: { inheritedOwner: true } } } });
        assert.equal((await hints(Journey, docs['main.journey'])).length, 1);
    });
});
