/**
 * The custom requests and notifications between the language server and its
 * clients (the VS Code extension), declared once and imported by both sides.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { JourneyDiff } from '../model/diff/diff-model.js';
import type { JourneyMapModel } from '../model/view-model.js';
import type { ModelDelta } from './model-delta.js';

export interface ViewModelParams {
    /** The document's URI, as the client knows it. */
    uri: string;
}

/** A document's view model; `model` is null when the server does not know the document. */
export interface ViewModelResult {
    uri: string;
    model: JourneyMapModel | null;
}

/** Client → server: the view model of a document, once the document is built. */
export const ViewModelRequest = new RequestType<ViewModelParams, ViewModelResult, void>('journey/viewModel');

export interface ViewModelSubscriptionParams {
    /** The documents whose view model the client shows; replaces any earlier list. */
    uris: string[];
}

/** Client → server: which documents' view models to push after each build. */
export const ViewModelSubscriptionNotification = new NotificationType<ViewModelSubscriptionParams>('journey/viewModelSubscription');

/**
 * What changed in a subscribed document's view model since the model the server
 * pushed for it last: the client applies it to the model it holds, if that is the
 * model of `delta.baseVersion` (else it asks for the whole one: ViewModelResyncNotification).
 */
export interface ViewModelDeltaPush {
    uri: string;
    delta: ModelDelta;
}

/**
 * Server → client, after a subscribed document was rebuilt: its whole view model (the
 * first push after a subscription, and after a resync), else what changed (a map of
 * 1,000 touchpoints is about a megabyte of JSON; a keystroke changes a few hundred bytes).
 */
export type ViewModelPush = ViewModelResult | ViewModelDeltaPush;

export function isDeltaPush(push: ViewModelPush): push is ViewModelDeltaPush {
    return 'delta' in push;
}

/** Server → client: a subscribed document was rebuilt; here is its new view model, whole or as a delta. */
export const ViewModelChangedNotification = new NotificationType<ViewModelPush>('journey/viewModelChanged');

/** Client → server: the client cannot apply a delta for `uri` (it holds no model, or another version): push the whole model now. */
export const ViewModelResyncNotification = new NotificationType<ViewModelParams>('journey/viewModelResync');

export interface CompareParams {
    /** The document to compare, as the client knows it. */
    uri: string;
    /** An older text of the same document (from git, say). */
    baseText: string;
    /** How to name the older text in messages: `HEAD:specs/webshop.journey`. */
    baseLabel: string;
}

/** The document's model and what changed since the older text; `error` when that text does not parse. */
export interface CompareResult {
    uri: string;
    model: JourneyMapModel | null;
    diff: JourneyDiff | null;
    error?: string;
}

/** Client → server: the semantic diff of a document against an older text of it ("Compare with HEAD"). */
export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('journey/compare');

/*
 * The workspace's files, for a server without a file system of its own (the web
 * worker on vscode.dev and github.dev): the client reads them with
 * `vscode.workspace.fs` and answers. A missing file or folder is an error response.
 */

export interface FileSystemParams {
    /** A file or folder of the workspace, as the client knows it. */
    uri: string;
}

/** What a URI is; `type` is missing when it names nothing. */
export interface FileStatResult {
    uri: string;
    type: 'file' | 'directory' | 'missing';
}

/** Server → client: what a URI names (Langium's `FileSystemProvider.stat`). */
export const FileStatRequest = new RequestType<FileSystemParams, FileStatResult, void>('journey/fs/stat');

/** Server → client: a file's text (UTF-8). */
export const ReadFileRequest = new RequestType<FileSystemParams, { text: string }, void>('journey/fs/readFile');

/** Server → client: a folder's entries (symbolic links as what they point to). */
export const ReadDirectoryRequest = new RequestType<FileSystemParams, { entries: FileStatResult[] }, void>('journey/fs/readDirectory');

/**
 * The Node options the language server process is started with (by the extension, and
 * by the bench and tests that stand in for it). A young generation of 64 MB instead of
 * 16: each keystroke re-parses the file, and on a 10,000-line journey the CPU profile
 * of a run of keystrokes showed garbage collection at about as much time as parsing,
 * and at about half that with this size. `gc` exposed: the server scavenges while it
 * waits for the next keystroke rather than during one (src/server/idle-collection.ts).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=64', '--expose-gc'];
