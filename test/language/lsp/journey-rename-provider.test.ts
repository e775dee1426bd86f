import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, at, SHARED, workspace } from '../../fixtures/lsp-fixtures.js';

const JOURNEY = `journey Shop {
    owner Marketing
    persona Buyer
    stage Browse {
        measures CTR
        touchpoint Ads { next Search }
        touchpoint Search { next Buy.Checkout }
    }
    stage Buy {
        owner Ecommerce
        touchpoint Checkout { measures CTR, NPS next Browse.Ads }
        touchpoint Mail
    }
}
`;

async function renameAt(file: string, needle: string, delta: number, newName: string) {
    const env = await workspace({ 'shared.journey': SHARED, 'shop.journey': JOURNEY });
    const document = env.docs[file];
    const edit = await env.Journey.lsp.RenameProvider!.rename(document, { ...at(document, needle, delta), newName });
    return { env, texts: applyWorkspaceEdit(env.docs, edit) };
}

async function refusal(file: string, needle: string, delta: number, newName: string): Promise<string> {
    try {
        await renameAt(file, needle, delta, newName);
    } catch (error) {
        assert.ok(error instanceof ResponseError, String(error));
        return error.message;
    }
    assert.fail(`renaming to '${newName}' was accepted`);
}

describe('rename', () => {
    it('renames an owner in its file and in every file that refers to it', async () => {
        const { texts } = await renameAt('shop.journey', 'owner Marketing', 7, 'Growth');
        assert.match(texts['shared.journey'], /^owner Growth "Marketing team"/);
        assert.match(texts['shared.journey'], /kpi CTR "Click-through rate" \{\n {4}owner Growth/);
        assert.match(texts['shop.journey'], /^ {4}owner Growth$/m);
        assert.doesNotMatch(texts['shop.journey'] + texts['shared.journey'], /Marketing\b(?! team)/);
    });

    it('renames a KPI from its definition, every measures list included', async () => {
        const { texts } = await renameAt('shared.journey', 'kpi CTR', 4, 'ClickRate');
        assert.equal(texts['shop.journey'].match(/ClickRate/g)?.length, 2);
        assert.match(texts['shop.journey'], /measures ClickRate, NPS/);
    });

    it('renames a touchpoint written as Stage.Touchpoint without touching the stage qualifier', async () => {
        const { texts } = await renameAt('shop.journey', 'touchpoint Checkout', 12, 'Pay');
        assert.match(texts['shop.journey'], /next Buy\.Pay \}/);
        assert.match(texts['shop.journey'], /touchpoint Pay \{/);
    });

    it('renames a stage and the qualifiers that name it', async () => {
        const { texts } = await renameAt('shop.journey', 'next Browse.Ads', 6, 'Discover');
        assert.match(texts['shop.journey'], /stage Discover \{/);
        assert.match(texts['shop.journey'], /next Discover\.Ads/);
        assert.match(texts['shop.journey'], /next Buy\.Checkout/, 'other qualifiers stay');
    });

    it('gives a renamed file no new errors', async () => {
        const { texts } = await renameAt('shop.journey', 'touchpoint Ads', 12, 'Adverts');
        const env = await workspace({ 'shared.journey': texts['shared.journey'], 'shop.journey': texts['shop.journey'] });
        const errors = Object.values(env.docs).flatMap(d => d.diagnostics ?? []).filter(d => d.severity === 1);
        assert.deepEqual(errors, []);
    });

    it('refuses a name that is not an ID', async () => {
        assert.match(await refusal('shop.journey', 'owner Marketing', 7, 'New name'), /'New name' is not a valid name/);
        assert.match(await refusal('shop.journey', 'owner Marketing', 7, '9lives'), /not a valid name/);
    });

    it('refuses a keyword', async () => {
        assert.match(await refusal('shop.journey', 'touchpoint Mail', 12, 'email'), /'email' is a keyword/);
        assert.match(await refusal('shop.journey', 'stage Buy', 7, 'stage'), /'stage' is a keyword/);
    });

    it('refuses a name taken by a definition of the same kind, across files', async () => {
        assert.match(await refusal('shop.journey', 'owner Marketing', 7, 'Ecommerce'), /An? owner named 'Ecommerce' already exists in the workspace/);
        assert.match(await refusal('shop.journey', 'touchpoint Mail', 12, 'Checkout'), /touchpoint named 'Checkout' already exists in stage 'Buy'/);
        assert.match(await refusal('shop.journey', 'stage Buy', 7, 'Browse'), /stage named 'Browse' already exists in journey 'Shop'/);
    });

    it('accepts a name used by another kind or in another stage', async () => {
        const asKpi = await renameAt('shop.journey', 'owner Marketing', 7, 'NPS');
        assert.match(asKpi.texts['shared.journey'], /^owner NPS/);
        const otherStage = await renameAt('shop.journey', 'touchpoint Mail', 12, 'Ads');
        assert.match(otherStage.texts['shop.journey'], /touchpoint Ads\n/);
    });

    it('prepares a rename on names and references, not on keywords', async () => {
        const env = await workspace({ 'shared.journey': SHARED, 'shop.journey': JOURNEY });
        const shop = env.docs['shop.journey'];
        const provider = env.Journey.lsp.RenameProvider!;
        const onReference = await provider.prepareRename(shop, at(shop, 'next Buy.Checkout', 10));
        assert.equal(shop.textDocument.getText(onReference as never), 'Checkout');
        const onQualifier = await provider.prepareRename(shop, at(shop, 'next Buy.Checkout', 6));
        assert.equal(shop.textDocument.getText(onQualifier as never), 'Buy');
        assert.equal(await provider.prepareRename(shop, at(shop, 'stage Buy', 2)), undefined);
    });
});
