/**
 * When the preview passes a new model to its webview: at once when the page has
 * shown the one sent before (its `rendered` came back), otherwise the newest is held
 * (older ones are dropped) until the page has shown that one, or at the latest one
 * window after the last one sent (a page that does not answer: its render failed, or
 * it is gone). A page that keeps up gets every edit as soon as it is built; a slow one
 * (a large map) gets one update per render, the newest. Never one older than what was
 * already sent. Pure: the clock and the timer are given, so it is tested without VS Code.
 */
export interface Clock {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout)
};

export class UpdateThrottle<T extends { documentVersion: number }> {
    private lastSent = Number.NEGATIVE_INFINITY;
    private sentVersion = Number.NEGATIVE_INFINITY;
    /** Whether the page has shown the value sent last (nothing sent yet counts as shown). */
    private caughtUp = true;
    private pending: T | undefined;
    private timer: unknown;

    constructor(private readonly send: (value: T) => void, private readonly windowMs = 150, private readonly clock: Clock = systemClock) {}

    /** Offers a new value; returns false when it is older than one already sent or pending. */
    push(value: T): boolean {
        if (value.documentVersion < this.sentVersion || (this.pending && value.documentVersion < this.pending.documentVersion)) {
            return false;
        }
        this.pending = value;
        const wait = this.caughtUp ? 0 : this.lastSent + this.windowMs - this.clock.now();
        if (wait <= 0) {
            this.flush();
        } else if (this.timer === undefined) {
            this.timer = this.clock.setTimeout(() => this.flush(), wait);
        }
        return true;
    }

    /**
     * The page has drawn `version` (its `rendered`), or kept its last good map for the model
     * it was sent (`keptLastGood`: a text with syntax errors): it has caught up with what was
     * sent, and the value held, if any, goes now.
     */
    shown(version: number, keptLastGood = false): void {
        if (version < this.sentVersion && !keptLastGood) {
            return;
        }
        this.caughtUp = true;
        if (this.pending) {
            this.flush();
        }
    }

    /** Starts over (another document, or a new page): the next value is sent at once, whatever its version. */
    reset(): void {
        this.cancel();
        this.lastSent = Number.NEGATIVE_INFINITY;
        this.sentVersion = Number.NEGATIVE_INFINITY;
        this.caughtUp = true;
    }

    cancel(): void {
        this.clearTimer();
        this.pending = undefined;
    }

    private clearTimer(): void {
        if (this.timer !== undefined) {
            this.clock.clearTimeout(this.timer);
            this.timer = undefined;
        }
    }

    private flush(): void {
        this.clearTimer();
        const value = this.pending;
        this.pending = undefined;
        if (value) {
            this.lastSent = this.clock.now();
            this.sentVersion = value.documentVersion;
            this.caughtUp = false;
            this.send(value);
        }
    }
}
