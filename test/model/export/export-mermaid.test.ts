import { strict as assert } from 'node:assert';
import { buildViewModel } from '../../../src/model/build-view-model.js';
import { modelAsMermaid, score } from '../../../src/model/export/export-mermaid.js';
import { escapeMermaid } from '../../../src/model/export/mermaid-escape.js';
import type { JourneyMapModel } from '../../../src/model/view-model.js';
import { buildWorkspace, exampleFiles } from '../../helpers.js';
import { parseMermaidJourney } from '../../fixtures/mermaid-parser.js';

async function modelOf(files: Record<string, string>, name: string): Promise<JourneyMapModel> {
    const { documents } = await buildWorkspace(files);
    return buildViewModel(documents[name]);
}

function unfence(block: string): string {
    const match = /^```mermaid\n([\s\S]*)\n```$/.exec(block);
    assert.ok(match, `not a fenced mermaid block:\n${block}`);
    return match[1];
}

describe('Mermaid export', function () {
    // The first parse loads mermaid and jsdom.
    this.timeout(60000);

    it('turns the webshop example into a journey Mermaid parses: sections, tasks, scores, actors', async () => {
        const examples = Object.fromEntries(exampleFiles().map(file => [file.name, file.text]));
        const block = modelAsMermaid(await modelOf(examples, 'webshop.journey'));
        const parsed = await parseMermaidJourney(unfence(block));
        assert.equal(parsed.title, 'Buying an original painting online');
        assert.deepEqual(parsed.sections, ['Awareness', 'Consideration', 'Purchase', 'Delivery and onboarding', 'Loyalty and advocacy']);
        assert.equal(parsed.tasks.length, 11);
        // The journey's personas pass every touchpoint: they are the actors (a comma in a title becomes ‚).
        const personas = ['Anna‚ 34‚ first original painting', 'Erik‚ 58‚ buys four works a year'];
        assert.deepEqual(parsed.tasks[0], { section: 'Awareness', task: 'Instagram ads', score: 4, people: personas });
        // Checkout: emotion -2 → score 1.
        assert.deepEqual(parsed.tasks.find(t => t.task === 'Checkout'), { section: 'Purchase', task: 'Checkout', score: 1, people: personas });
        // No emotion on the touchpoint: the stage's (Consideration, 0 → 3).
        assert.deepEqual(parsed.tasks.find(t => t.task === 'Product page')?.score, 3);
    });

    it('takes as actors the personas who pass each touchpoint, and the mean of their own emotions when no common one is written', async () => {
        const examples = Object.fromEntries(exampleFiles().map(file => [file.name, file.text]));
        const model = await modelOf(examples, 'bibliotek.journey');
        const [signup, loans] = await Promise.all(model.journeys.map(journey => parseMermaidJourney(unfence(modelAsMermaid({ ...model, journeys: [journey] })))));
        const mette = 'Mette‚ 22‚ læser til sygeplejerske';
        const ole = 'Ole‚ 71‚ læser krimier';
        assert.deepEqual(signup.tasks.map(t => [t.task, t.score, t.people]), [
            // The journey's two personas; the common emotion +1 wins over each persona's own.
            ['Bibliotekets hjemmeside', 4, [mette, ole]],
            // `persona Pensionist` on the touchpoint; no common emotion there: the persona's own, +2.
            ['Skranken på hovedbiblioteket', 5, [ole]],
            // `persona Studerende` on the stage.
            ['Biblioteksappen', 2, [mette]]
        ]);
        // Katalog: +1 for Mette and -1 for Ole, nothing common: their mean, 0 → 3.
        assert.deepEqual(loans.tasks[0], { section: 'Reservering', task: 'Søgning i kataloget', score: 3, people: [mette, ole] });
    });

    it('falls back to the owner as the actor where no persona is named anywhere', async () => {
        const model = await modelOf({ 'a.journey': 'owner O "Ops"\njourney J { owner O stage S { touchpoint T { emotion 1 } } }\n' }, 'a.journey');
        assert.deepEqual((await parseMermaidJourney(unfence(modelAsMermaid(model)))).tasks, [{ section: 'S', task: 'T', score: 4, people: ['Ops'] }]);
    });

    it('parses every example that has journeys', async () => {
        const examples = Object.fromEntries(exampleFiles().map(file => [file.name, file.text]));
        for (const name of Object.keys(examples)) {
            const model = await modelOf(examples, name);
            for (const journey of model.journeys) {
                const parsed = await parseMermaidJourney(unfence(modelAsMermaid({ ...model, journeys: [journey] })));
                assert.equal(parsed.tasks.length, journey.stages.flatMap(s => s.touchpoints).length, name);
            }
        }
    });

    it('keeps hostile titles inside their section, task and actor', async () => {
        const text = `
owner O "Ops: night, shift; #1"
journey J "Title: with # and ; and %% in it" {
    owner O
    stage S "Stage: one; #2 %" {
        touchpoint A "title of the task: 100% done; #3, really" { emotion 2 }
        touchpoint B "%% not a comment" { emotion -9 }
        touchpoint C "section  line\\tbreak" { emotion 1 }
        touchpoint D "   "
    }
}`;
        const parsed = await parseMermaidJourney(modelAsMermaid(await modelOf({ 'a.journey': text }, 'a.journey'), { fence: false }));
        assert.equal(parsed.sections.length, 1);
        assert.equal(parsed.sections[0], 'Stage： one； ＃2 %');
        assert.deepEqual(parsed.tasks.map(t => [t.task.replace('\u200B', ''), t.score, t.people]), [
            ['title of the task： 100％ done； ＃3, really', 5, ['Ops： night‚ shift； ＃1']],
            ['％％ not a comment', 1, ['Ops： night‚ shift； ＃1']],
            ['section  line break', 4, ['Ops： night‚ shift； ＃1']],
            ['D', 3, ['Ops： night‚ shift； ＃1']]
        ]);
        assert.match(parsed.title, /^Title: with ＃ and ； and %% in it$/);
    });

    it('maps emotion -2..+2 to score 1..5, clamping and defaulting to neutral', () => {
        assert.deepEqual([-2, -1, 0, 1, 2].map(score), [1, 2, 3, 4, 5]);
        assert.equal(score(undefined), 3);
        assert.equal(score(7), 5);
        assert.equal(score(-7), 1);
    });

    it('writes a journey without owners, stages or touchpoints that still parses', async () => {
        const model = await modelOf({ 'a.journey': 'journey Empty\n{ }\njourney Lone { stage S { touchpoint T } }\n' }, 'a.journey');
        const [empty, lone] = modelAsMermaid(model).split('\n\n').map(unfence);
        assert.deepEqual((await parseMermaidJourney(empty)).tasks, []);
        assert.deepEqual((await parseMermaidJourney(lone)).tasks, [{ section: 'S', task: 'T', score: 3, people: [] }]);
    });

    it('escapes only what each place forbids', () => {
        assert.equal(escapeMermaid('a: b, c', 'title'), 'a: b, c');
        assert.equal(escapeMermaid('a: b, c', 'task'), 'a： b, c');
        assert.equal(escapeMermaid('a: b, c', 'actor'), 'a： b‚ c');
        assert.equal(escapeMermaid('Section 2', 'task'), '\u200BSection 2');
        assert.equal(escapeMermaid('Sections', 'task'), 'Sections');
    });
});
