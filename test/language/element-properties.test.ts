import { strict as assert } from 'node:assert';
import type { Journey, JourneyFile } from '../../src/language/generated/ast.js';
import {
    backstageOf, channelOf, continuesOf, dateOf, emotionOf, opportunitiesOf, ownerOf, painsOf, personaEmotionsOf,
    personasOf, sampleOf, sourceOf, supportOf, urlOf
} from '../../src/language/element-properties.js';
import { emotionValue } from '../../src/language/semantics.js';
import { buildWorkspace, codes } from '../helpers.js';

/** A touchpoint with every property the README's language tour lists, in a workspace that defines every name it uses. */
const SECOND_EDITION = `
owner Payments
persona FirstTimeBuyer
persona Collector
evidence Survey2026 "Customer survey" { source "Web panel" date "2026-10" url "https://example.org/s" sample 412 }
journey Shop { owner Payments persona FirstTimeBuyer, Collector
    stage Buy {
        persona Collector
        emotion +1
        touchpoint Checkout "Checkout" {
            channel web
            persona FirstTimeBuyer, Collector
            emotion -1
            emotion -2 for FirstTimeBuyer
            emotion +1 for Collector
            pain "Shipping cost appears only at the last step" from Survey2026
            opportunity "Show shipping early" from Survey2026, Survey2026
            backstage "Payment provider authorises the card" by Payments
            support "Fraud screening"
            continues Onboarding.Welcome
        }
    }
}
journey Onboarding { owner Payments stage Welcome { touchpoint Mail } }
`;

function journeyNamed(root: JourneyFile, name: string): Journey {
    return root.elements.find((e): e is Journey => e.$type === 'Journey' && e.name === name)!;
}

describe('element properties (the second edition)', () => {
    it('parses every second-edition construct with no syntax or reference error', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': SECOND_EDITION });
        const document = documents['a.journey'];
        assert.deepEqual(document.parseResult.lexerErrors, []);
        assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), []);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        assert.deepEqual(codes(errors), []);
    });

    it('reads the signed common emotion and one emotion per persona', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': SECOND_EDITION });
        const stage = journeyNamed(documents['a.journey'].parseResult.value as JourneyFile, 'Shop').stages[0];
        const checkout = stage.touchpoints[0];
        assert.equal(emotionValue(emotionOf(stage)), 1);
        assert.equal(emotionValue(emotionOf(checkout)), -1);
        assert.deepEqual(personaEmotionsOf(checkout).map(e => [e.persona?.ref?.name, emotionValue(e)]),
            [['FirstTimeBuyer', -2], ['Collector', 1]]);
        assert.deepEqual(personasOf(checkout).map(p => p.ref?.name), ['FirstTimeBuyer', 'Collector']);
        assert.deepEqual(personasOf(stage).map(p => p.ref?.name), ['Collector']);
        assert.equal(channelOf(checkout), 'web');
    });

    it('resolves evidence, backstage owners and continues', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': SECOND_EDITION });
        const root = documents['a.journey'].parseResult.value as JourneyFile;
        const checkout = journeyNamed(root, 'Shop').stages[0].touchpoints[0];
        assert.deepEqual(painsOf(checkout).map(p => [p.text, p.evidence.map(e => e.ref?.name)]),
            [['Shipping cost appears only at the last step', ['Survey2026']]]);
        assert.equal(opportunitiesOf(checkout)[0].evidence.length, 2);
        assert.deepEqual(backstageOf(checkout).map(b => [b.text, b.owner?.ref?.name]), [['Payment provider authorises the card', 'Payments']]);
        assert.deepEqual(supportOf(checkout).map(s => [s.text, s.owner]), [['Fraud screening', undefined]]);
        const continues = continuesOf(checkout)!;
        assert.equal(continues.journey.ref, journeyNamed(root, 'Onboarding'));
        assert.equal(continues.stage?.ref, journeyNamed(root, 'Onboarding').stages[0]);
        const evidence = root.elements.find(e => e.$type === 'Evidence');
        assert.ok(evidence && evidence.$type === 'Evidence');
        assert.deepEqual([sourceOf(evidence), dateOf(evidence), urlOf(evidence), sampleOf(evidence)],
            ['Web panel', '2026-10', 'https://example.org/s', 412]);
    });

    it('shows the first of two values written for one property', async () => {
        const { documents } = await buildWorkspace({
            'a.journey': 'owner A owner B journey J { stage S { touchpoint T { owner A owner B channel web channel app } } }'
        });
        const touchpoint = journeyNamed(documents['a.journey'].parseResult.value as JourneyFile, 'J').stages[0].touchpoints[0];
        assert.equal(ownerOf(touchpoint)?.$refText, 'A');
        assert.equal(channelOf(touchpoint), 'web');
    });
});
