import { strict as assert } from 'node:assert';
import { expectHover } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { exampleFiles } from '../../helpers.js';
import { at, workspace, type Services } from '../../fixtures/lsp-fixtures.js';

async function hoverText(Journey: Services['Journey'], document: LangiumDocument, needle: string, delta = 0): Promise<string> {
    const hover = await Journey.lsp.HoverProvider!.getHoverContent(document, at(document, needle, delta));
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover', () => {
    let env: Awaited<ReturnType<typeof workspace>>;
    before(async () => {
        env = await workspace(Object.fromEntries(exampleFiles().map(f => [f.name, f.text])));
    });

    it('shows an owner\'s title, contact and what it owns across the workspace on a reference', async () => {
        const text = await hoverText(env.Journey, env.docs['webshop.journey'], 'owner Marketing', 7);
        assert.match(text, /^### Marketing team/);
        assert.match(text, /- Contact: marketing\\@example\.com/);
        // Awareness and Consideration stages; InstagramAds, Search, Newsletter; WordOfMouth inherits; Reach and CTR.
        assert.match(text, /- Owns: 2 stages, 3 touchpoints \(\+1 inherited\), 2 KPIs/);
    });

    it('shows the same owner card on the definition', async () => {
        const onDefinition = await hoverText(env.Journey, env.docs['shared.journey'], 'owner Marketing', 7);
        const onReference = await hoverText(env.Journey, env.docs['webshop.journey'], 'owner Marketing', 7);
        assert.equal(onDefinition, onReference);
    });

    it('shows a KPI\'s target, current value, status, owner and where it is measured', async () => {
        const text = await hoverText(env.Journey, env.docs['webshop.journey'], 'measures CTR', 10);
        assert.match(text, /\*KPI\* `CTR` · off track/);
        assert.match(text, /- Target: ≥ 2\.5%/);
        assert.match(text, /- Current: 1\.9%/);
        assert.match(text, /- Owner: Marketing team \(`Marketing`\)/);
        assert.match(text, /- Measured at: Webshop › Awareness › InstagramAds, Webshop › Awareness › Search$/m);
    });

    it('marks a touchpoint\'s inherited owner with where it comes from', async () => {
        const text = await hoverText(env.Journey, env.docs['webshop.journey'], 'touchpoint WordOfMouth', 12);
        assert.match(text, /- Channel: referral/);
        assert.match(text, /- Owner: Marketing team \(`Marketing`\), from stage/);
        assert.match(text, /- Emotion: \+2 \(very positive\)/);
        const fromJourney = await hoverText(env.Journey, env.docs['kundereise.journey'], 'touchpoint SosialeMedier', 12);
        assert.match(fromJourney, /- Owner: Markedsføring \(`Markedsføring`\), from journey/);
    });

    it('lists a touchpoint\'s own owner and KPIs with their status', async () => {
        const text = await hoverText(env.Journey, env.docs['webshop.journey'], 'touchpoint Checkout', 12);
        assert.match(text, /- Owner: E-commerce team \(`Ecommerce`\)$/m);
        assert.match(text, /- KPIs: Visit-to-order conversion \(`Conversion`, off track\), Cart abandonment \(`CartAbandonment`, off track\)/);
        assert.match(text, /- Emotion: -2 \(very negative\)/);
    });

    it('shows a stage\'s touchpoint count, owner and emotion, also on the qualifier of Stage.Touchpoint', async () => {
        const onName = await hoverText(env.Journey, env.docs['webshop.journey'], 'stage Consideration', 7);
        assert.match(onName, /\*stage\* `Consideration` of journey `Webshop`/);
        assert.match(onName, /- Touchpoints: 2/);
        assert.match(onName, /- Owner: Marketing team/);
        assert.match(onName, /- Emotion: 0 \(neutral\)/);
        const onQualifier = await hoverText(env.Journey, env.docs['webshop.journey'], 'next Consideration.ProductPage', 6);
        assert.equal(onQualifier, onName);
        const onTouchpoint = await hoverText(env.Journey, env.docs['webshop.journey'], 'next Consideration.ProductPage', 20);
        assert.match(onTouchpoint, /\*touchpoint\* `ProductPage`/);
    });

    it('shows evidence with its source, date, sample, URL and every pain and opportunity that cites it', async () => {
        const onReference = await hoverText(env.Journey, env.docs['bibliotek.journey'], 'from Skrankeinterviews', 6);
        assert.match(onReference, /^### Interviews ved skranken/);
        assert.match(onReference, /\*evidence\* `Skrankeinterviews`/);
        assert.match(onReference, /- Source: Tolv interviews med nye lånere$/m);
        assert.match(onReference, /- Date: 2026-05$/m);
        assert.match(onReference, /- Sample: 12$/m);
        assert.match(onReference, /- Cited by: pain at Indmeldelse › Oprettelse › App, opportunity at Indmeldelse › Oprettelse › App, opportunity at Udlån › Afhentning › Afhentningshylde$/m);
        const onDefinition = await hoverText(env.Journey, env.docs['bibliotek.journey'], 'evidence Brugerundersøgelse', 10);
        // The evidence opens from the card: a link that ends where the address ends.
        assert.match(onDefinition, /- URL: <https:\/\/bibliotek\.example\.dk\/brugerundersoegelse-2026>$/m);
        assert.match(onDefinition, /- Sample: 1240$/m);
        assert.equal(onReference, await hoverText(env.Journey, env.docs['bibliotek.journey'], 'evidence Skrankeinterviews', 10));
    });

    it('says when evidence is cited by nothing yet', async () => {
        const { Journey, docs } = await workspace({ 'a.journey': 'evidence Log "Support log" { source "Tickets" }\n' });
        assert.match(await hoverText(Journey, docs['a.journey'], 'evidence Log', 10), /- Cited by: nothing yet$/m);
    });

    it("shows a touchpoint's personas, each persona's emotion, evidence, backstage, support and continues", async () => {
        const app = await hoverText(env.Journey, env.docs['bibliotek.journey'], 'touchpoint App', 12);
        assert.match(app, /- Personas: Mette, 22, læser til sygeplejerske \(`Studerende`\), from stage$/m);
        assert.match(app, /- Emotion: -1 \(negative\)$/m);
        assert.match(app, /- Emotion for Mette, 22, læser til sygeplejerske \(`Studerende`\): -2 \(very negative\)$/m);
        assert.match(app, /- Pain: Koden til appen kommer først dagen efter \(from Brugerundersøgelse 2026, Interviews ved skranken\)$/m);
        assert.match(app, /- Opportunity: Send koden med det samme som sms \(from Interviews ved skranken\)$/m);
        assert.match(app, /- Backstage: Lånerkortet aktiveres i det fælles lånersystem, by Digitale tjenester \(`Digital`\)$/m);
        assert.match(app, /- Support: Det fælles lånersystem$/m);
        assert.match(app, /- Continues: `Udlån\.Reservering`$/m);
        const shelf = await hoverText(env.Journey, env.docs['bibliotek.journey'], 'touchpoint Afhentningshylde', 12);
        assert.match(shelf, /- Personas: Mette, 22, læser til sygeplejerske \(`Studerende`\), Ole, 71, læser krimier \(`Pensionist`\), from journey$/m);
        assert.deepEqual(shelf.match(/^- Emotion for .*$/gm), [
            '- Emotion for Mette, 22, læser til sygeplejerske (`Studerende`): +1 (positive)',
            '- Emotion for Ole, 71, læser krimier (`Pensionist`): +2 (very positive)'
        ]);
        assert.deepEqual(shelf.match(/^- Backstage: .*$/gm)?.length, 2);
        assert.match(shelf, /- Support: Sms, når materialet er klar$/m);
    });

    it("shows a stage's own personas and each persona's emotion", async () => {
        const stage = await hoverText(env.Journey, env.docs['bibliotek.journey'], 'stage Oprettelse', 7);
        assert.match(stage, /- Personas: Mette, 22, læser til sygeplejerske \(`Studerende`\)$/m);
        assert.match(stage, /- Emotion for Mette, 22, læser til sygeplejerske \(`Studerende`\): -1 \(negative\)$/m);
    });

    it('escapes Markdown in user text', async () => {
        const { Journey } = await workspace({});
        await expectHover(Journey)({
            text: 'owner <|>O "*bold* [link](http://x) <b>"\njourney J { owner O stage S { touchpoint T } }',
            index: 0,
            hover: /^### \\\*bold\\\* \\\[link\\\]\(http\\:\/\/x\) \\<b\\>/,
            disposeAfterCheck: true
        });
    });

    it('shows nothing on keywords and whitespace', async () => {
        const text = await hoverText(env.Journey, env.docs['webshop.journey'], '    stage Awareness', 5);
        assert.equal(text, '');
    });
});
