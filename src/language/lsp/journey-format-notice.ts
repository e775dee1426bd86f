import type { LangiumDocument } from 'langium';
import { MessageType, ShowMessageNotification, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { firstSyntaxError } from '../syntax-error-position.js';

/** The part of the language server connection the notice uses (absent in the CLI and in tests). */
export interface NoticeConnection {
    console: { info(message: string): void };
    sendNotification(type: typeof ShowMessageNotification.type, params: ShowMessageParams): unknown;
}

/**
 * Format Document on a text with a syntax error changes nothing, on purpose (its
 * structure is not known). Without a word that looks like a broken command, so
 * the user is told why: a message once per version of the document (formatting
 * on save, or asking twice, does not repeat it), and a line in the server log
 * every time.
 */
export class FormatRefusalNotice {
    private readonly told = new Map<string, number>();

    constructor(private readonly connection: () => NoticeConnection | undefined) {}

    /** Tells why `document` was not formatted; false when it has no syntax error. */
    tell(document: LangiumDocument): boolean {
        const key = document.uri.toString();
        const first = firstSyntaxError(document);
        if (!first) {
            this.told.delete(key);
            return false;
        }
        const name = document.uri.path.split('/').pop() || key;
        const reason = first.message.trim().replace(/[.!?…]+$/u, '');
        const message = `${name} was not formatted: it has a syntax error at line ${first.line}, column ${first.column} (${reason}). Fix it and format again.`;
        const connection = this.connection();
        connection?.console.info(message);
        const version = document.textDocument.version;
        if (this.told.get(key) !== version) {
            this.told.set(key, version);
            // A notification, not window/showMessageRequest: nothing waits for the user to close it.
            void connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
        }
        return true;
    }
}
