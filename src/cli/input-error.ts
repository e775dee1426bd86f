/** A problem with the command's input itself (exit code 2), naming the file. */
export class InputError extends Error {
    override readonly name = 'InputError';
}

/**
 * Whether `error` is an InputError. By name, not by class: `journey check` runs from its
 * own bundle (out/cli/check.cjs, see esbuild.mjs), which has its own copy of the class.
 */
export function isInputError(error: unknown): error is InputError {
    return error instanceof Error && error.name === 'InputError';
}
