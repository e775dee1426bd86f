/**
 * The custom requests and notifications between the language server and its
 * clients (the VS Code extension), declared once and imported by both sides.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { JourneyMapModel } from '../model/view-model.js';

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

/** Server → client: a subscribed document was rebuilt; here is its new view model. */
export const ViewModelChangedNotification = new NotificationType<ViewModelResult>('journey/viewModelChanged');
