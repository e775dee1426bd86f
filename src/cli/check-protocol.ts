import { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc';

/**
 * vscode-languageserver-protocol as the bundle of `journey check` sees it (esbuild.mjs
 * points the package here): the names that Langium's core (its cancellation, events
 * and document builder) and the language's code take from it. They are vscode-jsonrpc's,
 * which the protocol passes on, so they are the same objects; only the error codes are
 * the protocol's own, and a unit test compares them. The protocol whole is thirty
 * modules and some four hundred names, which a process that starts for every commit
 * would load, and copy for each module that imports it, for nothing.
 */
export { CancellationToken, CancellationTokenSource, Emitter, ResponseError };

/** The LSP's error codes (vscode-languageserver-protocol's LSPErrorCodes). */
export const LSPErrorCodes = {
    lspReservedErrorRangeStart: -32899,
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800,
    lspReservedErrorRangeEnd: -32800
} as const;
