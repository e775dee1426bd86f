/**
 * When the language server dies: restart it, unless it has died `maxCrashes` times
 * within `windowMs` (then it would only crash again: stop and say so). Pure, so the
 * rule is tested without VS Code.
 */
export class CrashPolicy {
    private crashes: number[] = [];

    constructor(
        readonly maxCrashes = 5,
        readonly windowMs = 3 * 60 * 1000,
        private readonly now: () => number = Date.now
    ) {}

    /** Records a crash and says whether to restart, with the crashes counted in the window. */
    recordCrash(): { restart: boolean; recentCrashes: number } {
        const time = this.now();
        this.crashes = this.crashes.filter(crash => time - crash < this.windowMs);
        this.crashes.push(time);
        return { restart: this.crashes.length < this.maxCrashes, recentCrashes: this.crashes.length };
    }

    /** A restart the user asked for starts the count afresh. */
    reset(): void {
        this.crashes = [];
    }
}
