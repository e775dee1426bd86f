/** Shared by the extension-host suites: activation, documents, and waiting for events. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { JourneyExtensionApi } from '../../src/extension/extension.js';

export const EXTENSION_ID = 'journey-dsl.journey-dsl';
const DEFAULT_TIMEOUT = 15000;

export async function activateExtension(): Promise<JourneyExtensionApi> {
    const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    const wasActive = extension.isActive;
    const api = await extension.activate();
    assert.ok(api?.client, `activate() returned ${typeof api} ${JSON.stringify(Object.keys(api ?? {}))} (active before: ${wasActive}, after: ${extension.isActive}, exports: ${typeof extension.exports})`);
    if (api.client.state === State.Stopped) {
        // A suite before this one left the server stopped (on purpose or by failing): start afresh.
        await vscode.commands.executeCommand('journey.restartServer');
    }
    await whenRunning(api.client);
    return api;
}

/** Resolves when the client is running (at once if it is). */
export function whenRunning(client: LanguageClient, timeoutMs = DEFAULT_TIMEOUT): Promise<void> {
    return waitForState(client, State.Running, timeoutMs);
}

export function waitForState(client: LanguageClient, state: State, timeoutMs = DEFAULT_TIMEOUT): Promise<void> {
    if (client.state === state) {
        return Promise.resolve();
    }
    return waitForEvent(client.onDidChangeState, event => event.newState === state, timeoutMs, () => `client state ${State[state]} (now ${State[client.state]})`).then(() => undefined);
}

/** The next event that satisfies `accept`, or a rejection naming what was awaited. */
export function waitForEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean, timeoutMs: number, what: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            subscription.dispose();
            reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
        }, timeoutMs);
        const subscription = event(value => {
            if (accept(value)) {
                clearTimeout(timer);
                subscription.dispose();
                resolve(value);
            }
        });
    });
}

export function workspaceUri(...segments: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run in a workspace folder');
    return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openDocument(relativePath: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
    await vscode.window.showTextDocument(document);
    return document;
}

/**
 * An untitled .journey document with this text, shown in an editor.
 * VS Code reuses a closed untitled document's name (`Untitled-1`), and under
 * load the extension host may still hold the closed document of that name when
 * the new one is opened: `openTextDocument` then answers with the old one and
 * its old text (seen in the web worker host). Wait for the new one.
 */
export async function openUntitled(content: string): Promise<vscode.TextDocument> {
    const opened = await vscode.workspace.openTextDocument({ language: 'journey', content });
    const uri = opened.uri.toString();
    const current = () => vscode.workspace.textDocuments.find(document => document.uri.toString() === uri && !document.isClosed && document.getText() === content);
    const deadline = Date.now() + DEFAULT_TIMEOUT;
    let document = opened.getText() === content ? opened : current();
    while (!document && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 50));
        document = current();
    }
    assert.ok(document, `${uri} holds the text it was opened with; it holds ${JSON.stringify(opened.getText().slice(0, 200))}`);
    await vscode.window.showTextDocument(document);
    return document;
}

/**
 * The diagnostics of `uri` once they satisfy `accept`: now, or at a later
 * onDidChangeDiagnostics; rejects after the timeout listing what was there.
 */
export async function waitForDiagnostics(
    uri: vscode.Uri,
    accept: (diagnostics: vscode.Diagnostic[]) => boolean,
    timeoutMs = DEFAULT_TIMEOUT
): Promise<vscode.Diagnostic[]> {
    const current = vscode.languages.getDiagnostics(uri);
    if (accept(current)) {
        return current;
    }
    await waitForEvent(
        vscode.languages.onDidChangeDiagnostics,
        event => event.uris.some(changed => changed.toString() === uri.toString()) && accept(vscode.languages.getDiagnostics(uri)),
        timeoutMs,
        () => `diagnostics of ${uri.path}; last: ${describe(vscode.languages.getDiagnostics(uri))}`
    );
    return vscode.languages.getDiagnostics(uri);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function hasCode(diagnostics: vscode.Diagnostic[], code: string): boolean {
    return diagnostics.some(diagnostic => codeOf(diagnostic) === code);
}

export function describe(diagnostics: vscode.Diagnostic[]): string {
    return JSON.stringify(diagnostics.map(d => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`));
}

/** The range of the `occurrence`-th appearance of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
    const content = document.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = content.indexOf(text, index + 1);
        assert.ok(index >= 0, `'${text}' occurs ${occurrence + 1} times in ${document.uri.path}`);
    }
    return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}

/** A position inside the `occurrence`-th `text`, `offset` characters from its start. */
export function positionIn(document: vscode.TextDocument, text: string, offset = 0, occurrence = 0): vscode.Position {
    return rangeOf(document, text, occurrence).start.translate(0, offset);
}

/**
 * `ask`'s answer once `done` holds, asking again every 100 ms for up to 10 s (the last
 * answer otherwise): the server answers for the text it has built, which may lag an edit
 * or a setting, in the web worker more so.
 */
export async function askUntil<T>(ask: () => Thenable<T>, done: (answer: T) => boolean): Promise<T> {
    let answer = await ask();
    for (let attempt = 1; attempt < 100 && !done(answer); attempt++) {
        await new Promise(resolve => setTimeout(resolve, 100));
        answer = await ask();
    }
    return answer;
}
