// The idle fill of a wide map (cells waiting outside the page, virtual-columns.ts) in the preview script:
// it goes in short slices, one per idle callback, so a host message never waits behind a long one.
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { ModelForwarding } from '../../src/extension/preview/model-forwarding.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { parseHostMessage, type HostMessage, type WebviewMessage, type WebviewState } from '../../src/protocol/webview-protocol.js';
import type { Host } from '../../src/webview/host.js';
import { PreviewApp } from '../../src/webview/preview-app.js';
import { modelOf } from '../fixtures/view-models.js';
import { freshMarkup } from './jsdom-preview.js';

/** The cells of the lanes, which may wait outside the page (see virtual-columns.ts). */
const LANE_CELLS = '.jm-lane > g > .jm-el';

/** The most cells one idle slice may put in the page (IDLE_SLICE_CELLS in preview-app.ts). */
const SLICE_CELLS = 12;
/** How long after a draw the fill waits (FILL_QUIET_MS in preview-app.ts). */
const QUIET_MS = 1000;

/** A journey of `stages` stages of four touchpoints: some twenty views wide at zoom 1. */
function wideJourney(stages: number): string {
    const lines = ['journey Wide "A wide journey" {'];
    for (let s = 0; s < stages; s++) {
        lines.push(`    stage S${s} "Stage ${s}" {`);
        for (let t = 0; t < 4; t++) {
            lines.push(`        touchpoint T${t} "Touchpoint ${t} of stage ${s}" { pain "A pain at ${s}.${t}" }`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

interface IdlePage {
    posted: WebviewMessage[];
    send(message: HostMessage): void;
    /** The idle callbacks the page asked for and that have not run yet. */
    idle: IdleRequestCallback[];
    /**
     * Runs the first idle callback waiting, as the browser would in an idle period of `remaining` ms,
     * `after` ms after the last thing the page did (on the page's clock, which only this moves).
     */
    runSlice(remaining?: number, after?: number): void;
    /** How many lane cells wait outside the page: those of the whole map (a fresh page's) not in this one. */
    waiting(): number;
    markup(): string | undefined;
    close(): void;
}

/** The preview in jsdom, with a view 1,000 pixels wide at zoom 1 (jsdom lays nothing out) and idle callbacks run by hand. */
function idlePage(source: string): IdlePage {
    const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    const window = dom.window as unknown as Window & { requestIdleCallback: Window['requestIdleCallback'] };
    const idle: IdleRequestCallback[] = [];
    window.requestIdleCallback = callback => idle.push(callback);
    let now = 0;
    Object.defineProperty(window.performance, 'now', { value: () => now });
    const posted: WebviewMessage[] = [];
    let listener: (message: HostMessage) => void = () => undefined;
    // A document shown before, at zoom 1: not fitted to the view's width, so the map is many views wide.
    let state: WebviewState | undefined = { source, label: 'wide', locked: false, zoom: 1, zooms: { [source]: 1 } };
    const host: Host = {
        kind: 'vscode',
        post: message => posted.push(message),
        onMessage: l => { listener = l; },
        getState: () => state,
        setState: s => { state = s; }
    };
    new PreviewApp(window, host);
    const viewport = window.document.getElementById('viewport')!;
    Object.defineProperty(viewport, 'clientWidth', { value: 1000 });
    Object.defineProperty(viewport, 'clientHeight', { value: 700 });
    const map = () => window.document.querySelector('#map > svg');
    let whole: number | undefined;
    return {
        posted,
        idle,
        send(message) {
            if (message.type === 'render') {
                // The cells of the whole map (an update in these tests renames, never adds or removes one).
                whole = new JSDOM(freshMarkup(message.model)).window.document.querySelectorAll(LANE_CELLS).length;
            }
            const parsed = parseHostMessage(JSON.parse(JSON.stringify(message)));
            assert.ok(parsed, `a valid ${message.type} message`);
            listener(parsed);
        },
        runSlice(remaining = 50, after = 2 * QUIET_MS) {
            now += after;
            const callback = idle.shift();
            assert.ok(callback, 'an idle callback waits');
            callback({ didTimeout: false, timeRemaining: () => remaining });
        },
        waiting() {
            const root = map();
            return root && whole ? whole - root.querySelectorAll(LANE_CELLS).length : 0;
        },
        markup: () => map()?.outerHTML,
        close: () => dom.window.close()
    };
}

const rendered = (posted: WebviewMessage[]) => posted.flatMap(m => m.type === 'rendered' ? [m.documentVersion] : []);

describe('preview: the idle fill of a wide map', function () {
    this.timeout(20000);
    let model: JourneyMapModel;
    before(async () => {
        model = await modelOf(wideJourney(24));
    });

    it('puts the waiting cells in a few per idle callback, and an update that comes between two is drawn before the next', () => {
        const source = model.uri;
        const page = idlePage(source);
        const forwarding = new ModelForwarding();
        page.send({ type: 'source', source, label: 'wide', locked: false });
        page.send(forwarding.message(source, model));
        const waitingAtFirst = page.waiting();
        assert.ok(waitingAtFirst > 3 * SLICE_CELLS, `${waitingAtFirst} cells wait`);
        assert.equal(page.idle.length, 1, 'one fill under way');

        // However long the idle period the browser offers, one slice puts in a few cells and hands the page back.
        page.runSlice(50);
        const afterOne = page.waiting();
        assert.ok(afterOne < waitingAtFirst && waitingAtFirst - afterOne <= SLICE_CELLS, `${waitingAtFirst - afterOne} cells in one slice`);
        assert.equal(page.idle.length, 1, 'the rest in a later slice');

        // A keystroke's update arrives before that slice: drawn at once, in the fill's way or not.
        const next = structuredClone(model);
        next.documentVersion++;
        const touchpoint = next.journeys[0].stages[0].touchpoints[1];
        touchpoint.title = 'Renamed between two slices';
        page.send(forwarding.message(source, next));
        assert.deepEqual(rendered(page.posted), [model.documentVersion, next.documentVersion], 'the update drawn before any other slice ran');
        assert.match(page.markup()!, /Renamed between two slices/);
        assert.equal(page.idle.length, 1, 'the fill goes on where it was, once');

        // The rest, a slice at a time, to the map a fresh page draws whole.
        let slices = 0;
        let before = page.waiting();
        while (page.idle.length > 0) {
            page.runSlice(50);
            slices++;
            const now = page.waiting();
            assert.ok(before - now <= SLICE_CELLS, `${before - now} cells in slice ${slices}`);
            before = now;
        }
        assert.equal(page.waiting(), 0);
        assert.ok(slices >= Math.ceil(afterOne / SLICE_CELLS), `${slices} slices for ${afterOne} cells`);
        assert.equal(page.markup(), freshMarkup(next));
        page.close();
    });

    it('puts some cells in even when the idle periods are short, so the fill ends', () => {
        const source = model.uri;
        const page = idlePage(source);
        page.send({ type: 'source', source, label: 'wide', locked: false });
        page.send({ type: 'render', source, model });
        const waiting = page.waiting();
        assert.ok(waiting > 0);
        page.runSlice(0);
        assert.ok(page.waiting() < waiting, 'a step even with no time left');
        let slices = 1;
        while (page.idle.length > 0 && slices < 10000) {
            page.runSlice(0);
            slices++;
        }
        assert.equal(page.waiting(), 0);
        assert.equal(page.markup(), freshMarkup(model));
        page.close();
    });
});

describe('preview: the idle fill of a wide map waits while the user types', function () {
    this.timeout(20000);
    let model: JourneyMapModel;
    before(async () => {
        model = await modelOf(wideJourney(24));
    });

    it('puts nothing in until no draw has come for a while, then goes on to the map a fresh page draws', () => {
        const source = model.uri;
        const page = idlePage(source);
        const forwarding = new ModelForwarding();
        page.send({ type: 'source', source, label: 'wide', locked: false });
        page.send(forwarding.message(source, model));
        const waiting = page.waiting();
        assert.ok(waiting > SLICE_CELLS);

        // Idle periods soon after the first draw: nothing goes in, the fill asks again.
        page.runSlice(50, QUIET_MS / 4);
        page.runSlice(50, QUIET_MS / 4);
        assert.equal(page.waiting(), waiting, 'no cell in the first moments after the draw');
        assert.equal(page.idle.length, 1, 'the fill asks for the next idle period');

        // A keystroke's update every 300 ms for three seconds, idle periods between them: still nothing goes in.
        let latest = model;
        for (let key = 0; key < 10; key++) {
            latest = structuredClone(latest);
            latest.documentVersion++;
            latest.journeys[0].stages[key].touchpoints[0].title = `Typed ${key}`;
            page.runSlice(50, 150);
            page.send(forwarding.message(source, latest));
            page.runSlice(50, 150);
            assert.equal(page.waiting(), waiting, `no cell in while typing (keystroke ${key})`);
        }
        assert.equal(rendered(page.posted).at(-1), latest.documentVersion, 'every update drawn');
        assert.equal(page.idle.length, 1, 'one fill under way, however many draws came');

        // Quiet for long enough: a slice puts cells in, and the rest follow.
        page.runSlice(50, QUIET_MS);
        assert.ok(page.waiting() < waiting && waiting - page.waiting() <= SLICE_CELLS, `${waiting - page.waiting()} cells once quiet`);
        while (page.idle.length > 0) {
            page.runSlice(50, 10);
        }
        assert.equal(page.waiting(), 0);
        assert.equal(page.markup(), freshMarkup(latest));
        page.close();
    });
});
