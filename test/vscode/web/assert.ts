/**
 * `node:assert`'s strict functions that the extension-host suites use, for the
 * browser build of those suites (the web worker has no Node modules): the
 * build maps `node:assert` here, so the suites run unchanged on both hosts.
 */
export class AssertionError extends Error {
    constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
        super(message);
        this.name = 'AssertionError';
    }
}

type Message = string | Error | undefined;

function fail(message: Message, fallback: string, actual?: unknown, expected?: unknown): never {
    if (message instanceof Error) {
        throw message;
    }
    throw new AssertionError(message ?? fallback, actual, expected);
}

const show = (value: unknown): string => {
    try {
        return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    } catch {
        return String(value);
    }
};

export function ok(value: unknown, message?: Message): asserts value {
    if (!value) {
        fail(message, `Expected a truthy value, got ${show(value)}`, value, true);
    }
}

export function equal<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
    if (!Object.is(actual, expected)) {
        fail(message, `Expected ${show(expected)}, got ${show(actual)}`, actual, expected);
    }
}

export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
    if (Object.is(actual, expected)) {
        fail(message, `Expected anything but ${show(expected)}`, actual, expected);
    }
}

export function deepEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
    if (!deepEquals(actual, expected)) {
        fail(message, `Expected ${show(expected)}, got ${show(actual)}`, actual, expected);
    }
}

export function match(text: string, pattern: RegExp, message?: Message): void {
    if (typeof text !== 'string' || !pattern.test(text)) {
        fail(message, `Expected ${show(text)} to match ${pattern}`, text, pattern);
    }
}

export function doesNotMatch(text: string, pattern: RegExp, message?: Message): void {
    if (typeof text !== 'string' || pattern.test(text)) {
        fail(message, `Expected ${show(text)} not to match ${pattern}`, text, pattern);
    }
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp | ((error: unknown) => boolean), message?: Message): Promise<void> {
    try {
        await (typeof promise === 'function' ? promise() : promise);
    } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (expected instanceof RegExp ? !expected.test(text) : expected && !expected(error)) {
            fail(message, `The rejection ${show(text)} is not the expected one`, error, expected);
        }
        return;
    }
    fail(message, 'Expected a rejection');
}

/** Strict deep equality: same prototype, same own enumerable keys, values equal by Object.is at the leaves. */
function deepEquals(a: unknown, b: unknown): boolean {
    if (Object.is(a, b)) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length
        && keysA.every(key => Object.prototype.hasOwnProperty.call(b, key)
            && deepEquals((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export const strict = { ok, equal, notEqual, deepEqual, match, doesNotMatch, rejects, AssertionError };
export default strict;
