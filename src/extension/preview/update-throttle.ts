/**
 * When the preview passes a new model to its webview: the first at once, later
 * ones at most once per window (the newest wins, older ones are dropped), and
 * never one older than what was already sent. Pure: the clock and the timer
 * are given, so it is tested without VS Code.
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
    private pending: T | undefined;
    private timer: unknown;

    constructor(private readonly send: (value: T) => void, private readonly windowMs = 150, private readonly clock: Clock = systemClock) {}

    /** Offers a new value; returns false when it is older than one already sent or pending. */
    push(value: T): boolean {
        if (value.documentVersion < this.sentVersion || (this.pending && value.documentVersion < this.pending.documentVersion)) {
            return false;
        }
        this.pending = value;
        const wait = this.lastSent + this.windowMs - this.clock.now();
        if (wait <= 0) {
            this.flush();
        } else if (this.timer === undefined) {
            this.timer = this.clock.setTimeout(() => this.flush(), wait);
        }
        return true;
    }

    /** Starts over (another document): the next value is sent at once, whatever its version. */
    reset(): void {
        this.cancel();
        this.lastSent = Number.NEGATIVE_INFINITY;
        this.sentVersion = Number.NEGATIVE_INFINITY;
    }

    cancel(): void {
        if (this.timer !== undefined) {
            this.clock.clearTimeout(this.timer);
            this.timer = undefined;
        }
        this.pending = undefined;
    }

    private flush(): void {
        this.timer = undefined;
        const value = this.pending;
        this.pending = undefined;
        if (value) {
            this.lastSent = this.clock.now();
            this.sentVersion = value.documentVersion;
            this.send(value);
        }
    }
}
