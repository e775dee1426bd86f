import { getHeapSpaceStatistics } from 'node:v8';
import { DocumentState, type DocumentBuilder } from 'langium';

/** The young generation of the heap, where a keystroke's short-lived objects go: bytes in use, and free before a collection. */
export interface YoungGeneration {
    used: number;
    available: number;
}

export interface IdleCollectionOptions {
    /** A minor garbage collection (a scavenge of the young generation), now. */
    collect: () => void;
    young?: () => YoungGeneration;
    /** How long after a build the collection waits (for the requests that follow an edit), in ms. */
    delayMs?: number;
    setTimer?: (run: () => void, ms: number) => unknown;
    clearTimer?: (timer: unknown) => void;
}

/** A collection runs when the young generation has room for fewer than this many more keystrokes like the last ones. */
export const HEADROOM_BUILDS = 3;
/** After a build, a collection waits this long: the requests an editor sends after an edit go first. */
const DELAY_MS = 20;

/**
 * Collects the young generation while the server waits for the next keystroke, rather
 * than in the middle of one. A keystroke's build allocates about a megabyte on a map
 * of 100 touchpoints, nearly all of it garbage by the end of the build; V8 collects it
 * when the young generation fills up, which comes every 15 or 20 keystrokes and most
 * often (8 scavenges in 10, measured) between the edit and the map's push: that
 * keystroke's map then waits for the scavenge, 10 to 150 ms on a loaded machine. Node
 * has no idle-time collection of its own (a browser has), so after a build this asks
 * for a scavenge when the young generation has no room left for a few more keystrokes:
 * about as many scavenges as before (11 against 10 in 200 keystrokes, measured), each
 * while nothing waits for the server (none of them between an edit and its push, against
 * 8 of 12 without). An edit that arrives first puts it off until its own build is done.
 */
export class IdleCollection {
    private readonly young: () => YoungGeneration;
    private readonly delayMs: number;
    private readonly setTimer: (run: () => void, ms: number) => unknown;
    private readonly clearTimer: (timer: unknown) => void;
    private timer: unknown;
    /** The young generation's use when the last build finished (or the last collection ran). */
    private usedBefore: number | undefined;
    /** What a keystroke allocated in the young generation lately (the largest, decaying). */
    private perBuild = 0;
    /** How many collections this has run. */
    collections = 0;

    constructor(private readonly options: IdleCollectionOptions) {
        this.young = options.young ?? youngGeneration;
        this.delayMs = options.delayMs ?? DELAY_MS;
        this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
        this.clearTimer = options.clearTimer ?? (timer => clearTimeout(timer as NodeJS.Timeout));
    }

    /**
     * Follows the builds of `builder`, and the edits of `documents`: an edit or a build
     * that starts puts off a collection not yet run.
     */
    listen(builder: DocumentBuilder, documents?: { onDidChangeContent(listener: () => void): unknown }): void {
        builder.onUpdate(() => this.cancel());
        documents?.onDidChangeContent(() => this.cancel());
        builder.onBuildPhase(DocumentState.Validated, () => this.buildFinished());
    }

    /**
     * A build finished. What the young generation gained since the last build finished
     * is what a keystroke costs (its build, its diagnostics sent, any request between);
     * a collection runs shortly when there is room for fewer than HEADROOM_BUILDS more.
     */
    buildFinished(): void {
        const { used } = this.young();
        // Less in use than then: a collection came between, and the last estimate holds.
        const allocated = this.usedBefore !== undefined && used >= this.usedBefore ? used - this.usedBefore : 0;
        this.perBuild = Math.max(allocated, this.perBuild * 0.9);
        this.usedBefore = used;
        this.cancel();
        if (this.full()) {
            this.timer = this.setTimer(() => {
                this.timer = undefined;
                if (this.full()) {
                    this.collections++;
                    this.options.collect();
                    this.usedBefore = this.young().used;
                }
            }, this.delayMs);
        }
    }

    /**
     * Whether the young generation has room for fewer than HEADROOM_BUILDS more keystrokes, and
     * an eighth of its size to spare: V8 scavenges before it is quite full (measured: with 3 MB
     * of 32 MB still free, on a keystroke of 1 MB).
     */
    private full(): boolean {
        const { used, available } = this.young();
        return this.perBuild > 0 && available < HEADROOM_BUILDS * this.perBuild + (used + available) / 8;
    }

    /** Puts off the collection not yet run, if any. */
    cancel(): void {
        if (this.timer !== undefined) {
            this.clearTimer(this.timer);
            this.timer = undefined;
        }
    }
}

/** The young generation as V8 reports it (its `new_space`). */
export function youngGeneration(): YoungGeneration {
    const space = getHeapSpaceStatistics().find(s => s.space_name === 'new_space');
    return { used: space?.space_used_size ?? 0, available: space?.space_available_size ?? Number.POSITIVE_INFINITY };
}

/** A minor collection, when the process was started with --expose-gc (SERVER_NODE_OPTIONS); else undefined. */
export function minorCollection(): (() => void) | undefined {
    const gc = globalThis.gc;
    return typeof gc === 'function' ? () => void gc({ type: 'minor' }) : undefined;
}
