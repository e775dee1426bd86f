import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './input-error.js';

/** Whether a command's arguments ask for its help (`-h` or `--help` before any `--`). */
export function asksForHelp(args: readonly string[]): boolean {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some(arg => arg === '--help' || arg === '-h');
}

/** `value` when it is one of `allowed`; otherwise an input error that lists them ("unknown format 'xml' (expected a, b or c)"). */
export function oneOf<T extends string>(what: string, value: string | undefined, allowed: readonly T[]): T {
    if (value !== undefined && (allowed as readonly string[]).includes(value)) {
        return value as T;
    }
    const choices = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join('');
    throw new InputError(`unknown ${what} '${value}' (expected ${choices})`);
}

/** A command's options and its positional arguments (paths, files), parsed strictly: an unknown option is a usage error. */
export function commandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
    return parseArgs({ args, options, allowPositionals: true });
}
