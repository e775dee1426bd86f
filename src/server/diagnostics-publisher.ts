import { URI } from 'langium';
import type { Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { sameValue } from '../protocol/model-delta.js';

/**
 * Publishes a document's diagnostics only when they differ from those published for it
 * last. Langium publishes the whole list after every build; a keystroke inside a line
 * mostly leaves it as it was (110 diagnostics, 37 KB of JSON, on the bench's map of 100
 * touchpoints; 350 KB at 1,000), which the server encoded and the editor decoded and
 * compared for nothing. The client keeps what was published last, so an equal list
 * changes nothing there. A list that differs in anything (a range, a message, a code,
 * a severity, data) is published whole, as before.
 *
 * A document that the client opens or closes is published again at its next build
 * whatever it holds, so that a client that dropped a closed document's diagnostics
 * gets them back.
 */
export class DiagnosticsPublisher {
    /** URI → a copy of the diagnostics published for it last (a copy: nothing done to the list later can change it). */
    private readonly published = new Map<string, Diagnostic[]>();
    /** How many publications were passed over as equal to the last one. */
    skipped = 0;

    constructor(private readonly send: (params: PublishDiagnosticsParams) => void) {}

    /** Sends `params` unless they equal what was sent last for the same document; answers whether it sent. */
    publish(params: PublishDiagnosticsParams): boolean {
        const last = this.published.get(params.uri);
        if (last && params.version === undefined && sameValue(last, params.diagnostics)) {
            this.skipped++;
            return false;
        }
        const copy = copyOf(params.diagnostics);
        if (copy) {
            this.published.set(params.uri, copy);
        } else {
            this.published.delete(params.uri);
        }
        this.send(params);
        return true;
    }

    /** The next diagnostics of `uri` are published whatever they are. */
    forget(uri: string): void {
        this.published.delete(uri);
        this.published.delete(normalise(uri));
    }
}

/**
 * Has the connection publish the diagnostics of the workspace's documents (`isDocument`)
 * through a DiagnosticsPublisher: Langium's publication after each build. Anything else
 * (a deleted document's empty list, journey.config.json's problems, rare and awaited
 * by tests as a sign of a reload) is sent as before. Opening or closing a document
 * forgets what was published for it.
 */
export function publishChangedDiagnosticsOnly(
    connection: Connection,
    documents: { onDidOpen(listener: (event: { document: { uri: string } }) => void): unknown; onDidClose(listener: (event: { document: { uri: string } }) => void): unknown },
    isDocument: (uri: string) => boolean
): DiagnosticsPublisher {
    const send = connection.sendDiagnostics.bind(connection);
    const publisher = new DiagnosticsPublisher(params => void send(params));
    connection.sendDiagnostics = async params => {
        if (isDocument(params.uri)) {
            publisher.publish(params);
        } else {
            // Not a document of the workspace (a journey.config.json's problems, a deleted document's empty list): always sent.
            publisher.forget(params.uri);
            await send(params);
        }
    };
    documents.onDidOpen(event => publisher.forget(event.document.uri));
    documents.onDidClose(event => publisher.forget(event.document.uri));
    return publisher;
}

function normalise(uri: string): string {
    try {
        return URI.parse(uri).toString();
    } catch {
        return uri;
    }
}

/** A copy of the list, or undefined when it holds something that is not data (then the next list is sent whatever it is). */
function copyOf(diagnostics: Diagnostic[]): Diagnostic[] | undefined {
    try {
        return structuredClone(diagnostics);
    } catch {
        return undefined;
    }
}
