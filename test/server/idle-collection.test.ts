import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../../src/protocol/lsp-protocol.js';
import { IdleCollection, minorCollection, type YoungGeneration } from '../../src/server/idle-collection.js';
import { buildWorkspace } from '../helpers.js';

const MB = 1024 * 1024;

/** An IdleCollection on a young generation of `size` bytes the test fills by hand, with timers the test runs. */
function collector(size = 16 * MB) {
    const young: YoungGeneration = { used: 0, available: size };
    const timers = new Map<number, () => void>();
    let nextTimer = 1;
    let collected = 0;
    const idle = new IdleCollection({
        collect: () => {
            collected++;
            young.used = MB / 4; // what survives
            young.available = size - young.used;
        },
        young: () => ({ ...young }),
        setTimer: run => { timers.set(nextTimer, run); return nextTimer++; },
        clearTimer: timer => timers.delete(timer as number)
    });
    return {
        idle,
        allocate(bytes: number) {
            young.used += bytes;
            young.available -= bytes;
        },
        /** V8's own scavenge, in the middle of something. */
        scavenge() {
            young.used = MB / 4;
            young.available = size - young.used;
        },
        pending: () => timers.size,
        pendingIds: () => [...timers.keys()],
        runTimers() {
            const due = [...timers.values()];
            timers.clear();
            due.forEach(run => run());
        },
        collected: () => collected
    };
}

describe('idle-time collection in the language server', () => {
    it('scavenges after a build once the young generation has no room for a few more keystrokes, and not before', () => {
        const c = collector();
        const keystroke = () => { c.allocate(MB); c.idle.buildFinished(); };
        c.idle.buildFinished();
        let builds = 0;
        // 16 MB with 1 MB a keystroke: less than room for three more and an eighth of the space (5 MB) at 12 MB in use.
        while (c.pending() === 0 && builds < 100) {
            keystroke();
            builds++;
            assert.equal(c.collected(), 0, 'nothing collected during a build');
        }
        assert.equal(builds, 12, 'the first collection asked for after the twelfth keystroke');
        c.runTimers();
        assert.equal(c.collected(), 1);
        for (let i = 0; i < 10; i++) {
            keystroke();
        }
        assert.equal(c.pending(), 0, 'room again after the collection (a quarter MB survived)');
        keystroke();
        assert.equal(c.pending(), 1);
    });

    it('puts the collection off when an edit or a build comes first, and skips it when V8 collected meanwhile', () => {
        const c = collector();
        c.idle.buildFinished();
        for (let i = 0; i < 12; i++) {
            c.allocate(MB);
            c.idle.buildFinished();
        }
        assert.equal(c.pending(), 1);
        c.idle.cancel(); // the next keystroke's edit arrives
        assert.equal(c.pending(), 0);
        c.runTimers();
        assert.equal(c.collected(), 0);
        c.allocate(MB);
        c.idle.buildFinished();
        assert.equal(c.pending(), 1, 'asked again after the next build');
        c.scavenge();
        c.runTimers();
        assert.equal(c.collected(), 0, 'V8 had scavenged already: nothing to do');
    });

    it('keeps its estimate of a keystroke across a scavenge in the middle of one', () => {
        const c = collector();
        c.idle.buildFinished();
        c.allocate(2 * MB);
        c.idle.buildFinished();
        c.allocate(MB);
        c.scavenge();
        c.allocate(MB / 2);
        c.idle.buildFinished();
        // 2 MB a keystroke still (decaying): 6 MB of room and an eighth is asked for at about 8 MB free.
        c.allocate(7 * MB);
        c.idle.buildFinished();
        assert.equal(c.pending(), 1);
    });

    it('follows the document builder: a finished build can ask for a collection, an update puts it off', async () => {
        const { services, change } = await buildWorkspace({ 'a.journey': 'journey A "A" {\n    stage S "S" {\n        touchpoint T "T"\n    }\n}\n' });
        const c = collector();
        c.idle.listen(services.shared.workspace.DocumentBuilder, services.shared.workspace.TextDocuments);
        c.allocate(MB);
        await change('a.journey', 'journey A "A" {\n    stage S "S" {\n        touchpoint T "Two"\n    }\n}\n');
        c.allocate(12 * MB);
        await change('a.journey', 'journey A "A" {\n    stage S "S" {\n        touchpoint T "Three"\n    }\n}\n');
        assert.equal(c.pending(), 1, 'the validated build asked for one');
        const asked = c.pendingIds();
        await change('a.journey', 'journey A "A" {\n    stage S "S" {\n        touchpoint T "Four"\n    }\n}\n');
        assert.equal(c.pending(), 1, 'the next build asked again');
        assert.notDeepEqual(c.pendingIds(), asked, 'after the update put off the first');
        assert.equal(c.collected(), 0);
        c.runTimers();
        assert.equal(c.collected(), 1);
    });

    it('has the server started with gc exposed, and does nothing where it is not', () => {
        const result = spawnSync(process.execPath, [...SERVER_NODE_OPTIONS, '-e', 'if (typeof gc !== "function") process.exit(3); gc({ type: "minor" })'], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
        assert.equal(minorCollection() !== undefined, exposed);
    });
});
