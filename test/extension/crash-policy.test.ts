import { strict as assert } from 'node:assert';
import { CrashPolicy } from '../../src/extension/crash-policy.js';

describe('language server crash policy', () => {
    let time: number;
    const clock = () => time;
    beforeEach(() => {
        time = 1_000_000;
    });

    it('restarts after each of the first crashes, counting them', () => {
        const policy = new CrashPolicy(3, 60_000, clock);
        assert.deepEqual(policy.recordCrash(), { restart: true, recentCrashes: 1 });
        time += 1000;
        assert.deepEqual(policy.recordCrash(), { restart: true, recentCrashes: 2 });
    });

    it('stops once the crashes within the window reach the limit', () => {
        const policy = new CrashPolicy(3, 60_000, clock);
        policy.recordCrash();
        time += 10_000;
        policy.recordCrash();
        time += 10_000;
        assert.deepEqual(policy.recordCrash(), { restart: false, recentCrashes: 3 });
    });

    it('forgets crashes older than the window', () => {
        const policy = new CrashPolicy(3, 60_000, clock);
        policy.recordCrash();
        policy.recordCrash();
        time += 60_000;
        assert.deepEqual(policy.recordCrash(), { restart: true, recentCrashes: 1 });
    });

    it('starts afresh after a restart the user asked for', () => {
        const policy = new CrashPolicy(2, 60_000, clock);
        policy.recordCrash();
        assert.equal(policy.recordCrash().restart, false);
        policy.reset();
        assert.deepEqual(policy.recordCrash(), { restart: true, recentCrashes: 1 });
    });

    it('defaults to five crashes in three minutes', () => {
        const policy = new CrashPolicy(undefined, undefined, clock);
        const results = [1, 2, 3, 4, 5].map(() => policy.recordCrash().restart);
        assert.deepEqual(results, [true, true, true, true, false]);
        assert.equal(policy.windowMs, 180_000);
    });
});
