import * as assert from 'node:assert/strict';
import { UpdateThrottle, type Clock } from '../../../src/extension/preview/update-throttle.js';

/** A clock the test moves by hand. */
class ManualClock implements Clock {
    time = 0;
    private timers: Array<{ at: number; callback: () => void; id: number }> = [];
    private nextId = 1;
    now(): number { return this.time; }
    setTimeout(callback: () => void, ms: number): unknown {
        const id = this.nextId++;
        this.timers.push({ at: this.time + ms, callback, id });
        return id;
    }
    clearTimeout(handle: unknown): void { this.timers = this.timers.filter(t => t.id !== handle); }
    advance(ms: number): void {
        const until = this.time + ms;
        for (;;) {
            const due = this.timers.filter(t => t.at <= until).sort((a, b) => a.at - b.at)[0];
            if (!due) break;
            this.timers = this.timers.filter(t => t !== due);
            this.time = due.at;
            due.callback();
        }
        this.time = until;
    }
}

describe('preview update throttle', () => {
    function setup() {
        const clock = new ManualClock();
        const sent: Array<{ v: number; at: number }> = [];
        const throttle = new UpdateThrottle<{ documentVersion: number }>(value => sent.push({ v: value.documentVersion, at: clock.now() }), 150, clock);
        const push = (v: number) => throttle.push({ documentVersion: v });
        return { clock, sent, throttle, push };
    }

    it('sends the first update at once', () => {
        const { sent, push } = setup();
        push(1);
        assert.deepEqual(sent, [{ v: 1, at: 0 }]);
    });

    it('sends each update at once while the page shows every one it was sent', () => {
        const { clock, sent, push, throttle } = setup();
        push(1);
        clock.advance(20); throttle.shown(1);
        clock.advance(20); push(2);
        clock.advance(20); throttle.shown(2);
        clock.advance(5); push(3);
        assert.deepEqual(sent, [{ v: 1, at: 0 }, { v: 2, at: 40 }, { v: 3, at: 65 }]);
    });

    it('holds the newest update while the page draws, and sends it when the page has shown the one before', () => {
        const { clock, sent, push, throttle } = setup();
        push(1);
        clock.advance(10); push(2);
        clock.advance(10); push(3);
        assert.deepEqual(sent, [{ v: 1, at: 0 }]);
        clock.advance(20); throttle.shown(1);
        assert.deepEqual(sent, [{ v: 1, at: 0 }, { v: 3, at: 40 }]);
        // Nothing held: the next update waits for the page to show 3, not for the window.
        clock.advance(10); push(4);
        assert.deepEqual(sent.map(s => s.v), [1, 3]);
        clock.advance(10); throttle.shown(3);
        assert.deepEqual(sent, [{ v: 1, at: 0 }, { v: 3, at: 40 }, { v: 4, at: 60 }]);
    });

    it('takes a page that kept its last good map as caught up, but not one that drew an older model', () => {
        const { clock, sent, push, throttle } = setup();
        push(5);
        clock.advance(10); push(6);
        throttle.shown(4);
        assert.deepEqual(sent.map(s => s.v), [5]);
        throttle.shown(3, true);
        assert.deepEqual(sent.map(s => s.v), [5, 6]);
    });

    it('coalesces a burst into one update at the end of the window, the newest, when the page does not answer', () => {
        const { clock, sent, push } = setup();
        push(1);
        clock.advance(10); push(2);
        clock.advance(10); push(3);
        clock.advance(10); push(4);
        assert.deepEqual(sent, [{ v: 1, at: 0 }]);
        clock.advance(200);
        assert.deepEqual(sent, [{ v: 1, at: 0 }, { v: 4, at: 150 }]);
    });

    it('never waits longer than the window after the last update', () => {
        const { clock, sent, push } = setup();
        push(1);
        clock.advance(400); push(2);
        assert.deepEqual(sent.map(s => s.at), [0, 400]);
        clock.advance(149); push(3);
        clock.advance(1);
        assert.deepEqual(sent, [{ v: 1, at: 0 }, { v: 2, at: 400 }, { v: 3, at: 550 }]);
    });

    it('drops a value older than one already sent or pending', () => {
        const { clock, sent, push } = setup();
        push(5);
        assert.equal(push(4), false);
        clock.advance(10);
        push(7);
        assert.equal(push(6), false);
        clock.advance(500);
        assert.deepEqual(sent.map(s => s.v), [5, 7]);
    });

    it('starts over after a reset, for another document', () => {
        const { clock, sent, push, throttle } = setup();
        push(9);
        clock.advance(10); push(10);
        throttle.reset();
        push(1);
        clock.advance(500);
        assert.deepEqual(sent.map(s => s.v), [9, 1]);
    });
});
