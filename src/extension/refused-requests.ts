import { ErrorCodes, PrepareRenameRequest, RenameRequest, ResponseError } from 'vscode-languageserver-protocol';

/** Requests whose InvalidParams answer is a refusal meant for the user (a taken or invalid name). */
const REFUSABLE = new Set<string>([RenameRequest.method, PrepareRenameRequest.method]);

/**
 * Whether a failed request is an ordinary answer rather than a fault: the server
 * refused a rename with a message. VS Code shows its message at the cursor; it is
 * not an error of the server and does not belong in its log.
 */
export function isRefusal(method: string, error: unknown): error is ResponseError<unknown> {
    return REFUSABLE.has(method) && error instanceof ResponseError && error.code === ErrorCodes.InvalidParams;
}
