/**
 * Every message between the preview's host (the VS Code extension, or
 * `journey serve`) and its browser script, as two discriminated unions, with
 * the checks each side runs on what it receives: unknown types and malformed
 * fields are dropped, never acted on.
 *
 * Host messages cross to the page as JSON text (encodeHostMessage), from every
 * host: the extension posts the text, `journey serve` sends it as an event, a
 * built site carries it in the page. The page parses it once (decodeHostMessage).
 * An object posted to a webview would be copied by the browser's structured
 * clone, object by object, once per frame it crosses (VS Code forwards a
 * webview's messages through two), where a string is copied whole: for the
 * whole model of a large map (a megabyte of JSON at 1,000 touchpoints) that was
 * the slowest step before the page could start drawing.
 */
import { isJourneyMapModel } from '../model/view-model-guard.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { isObjectDelta, type ObjectDelta } from './model-delta.js';

/** The id of the element a static page (`journey build`) carries its host messages in, as JSON. */
export const STATIC_DATA_ID = 'journey-map-data';

/** Host → webview. Each message names the document it is about. */
export type HostMessage =
    /** Which document this preview shows, and whether it is locked to it (VS Code). */
    | { type: 'source'; source: string; label: string; locked: boolean }
    /** The documents `journey serve` shows, in order; replaces any earlier list. */
    | { type: 'documents'; documents: Array<{ source: string; label: string }> }
    /** A new view model of the document; a model with syntax errors keeps the last good map. */
    | { type: 'render'; source: string; model: JourneyMapModel }
    /** What changed since the model of `baseVersion` (see model-delta.ts); a webview without that model asks for the whole one. */
    | { type: 'update'; source: string; documentVersion: number; baseVersion: number; changes: ObjectDelta }
    /** Mark the element under the editor's cursor (null: none), scrolling it into view when asked. */
    | { type: 'highlight'; source: string; elementId: string | null; reveal: boolean }
    /** A built site: the page of each journey (by journey id), relative to this page, for `continues` links. */
    | { type: 'journeyPages'; pages: Array<{ journey: string; href: string }> };

/** Webview → host. */
export type WebviewMessage =
    /** The script is listening: send the current state. */
    | { type: 'ready' }
    /** Show this element's definition in the editor. */
    | { type: 'reveal'; source: string; elementId: string }
    /** Follow a touchpoint's `continues`: show the other journey's map, and where it is written. */
    | { type: 'openContinues'; source: string; elementId: string }
    /** An update did not fit the model this page holds (or it holds none): send the whole model. */
    | { type: 'needModel'; source: string }
    /** Show the first syntax error of the document in the editor. */
    | { type: 'revealSyntaxError'; source: string }
    /** A map is drawn: the model version shown (the last good one while the text has syntax errors), and the persona lens it is drawn under. */
    | { type: 'rendered'; source: string; documentVersion: number; keptLastGood: boolean; persona?: string };

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings from the other side are bounded: an id or a URI is never megabytes long. */
function isShortString(value: unknown, max = 4096): value is string {
    return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function isVersion(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value);
}

/** A link within the site: a relative path (no scheme, not from the root, no other host), as `journey build` writes them. */
function isRelativeHref(href: string): boolean {
    return !/^[a-z][\w+.-]*:|^\/|\\|\s/i.test(href);
}

/** A host message as it crosses to the page. */
export function encodeHostMessage(message: HostMessage): string {
    return JSON.stringify(message);
}

/**
 * What the page received, if it is the text of a host message; anything else (an object, bad JSON, an unknown message) is dropped.
 * `checked`: where the objects of a whole model that passes its check go (see isJourneyMapModel).
 */
export function decodeHostMessage(data: unknown, checked?: WeakSet<object>): HostMessage | undefined {
    if (typeof data !== 'string') {
        return undefined;
    }
    let value: unknown;
    try {
        value = JSON.parse(data);
    } catch {
        return undefined;
    }
    return parseHostMessage(value, checked);
}

/** A parsed host message (an element of a built site's list, say), checked field by field; `checked` as for decodeHostMessage. */
export function parseHostMessage(data: unknown, checked?: WeakSet<object>): HostMessage | undefined {
    if (!isObject(data)) {
        return undefined;
    }
    switch (data.type) {
        case 'source':
            return isShortString(data.source) && isShortString(data.label) && typeof data.locked === 'boolean'
                ? { type: 'source', source: data.source, label: data.label, locked: data.locked } : undefined;
        case 'documents': {
            if (!Array.isArray(data.documents) || data.documents.length > 100000) {
                return undefined;
            }
            const documents = data.documents.filter((d): d is { source: string; label: string } =>
                isObject(d) && isShortString(d.source) && isShortString(d.label));
            return documents.length === data.documents.length
                ? { type: 'documents', documents: documents.map(d => ({ source: d.source, label: d.label })) } : undefined;
        }
        case 'render':
            return isShortString(data.source) && isJourneyMapModel(data.model, checked)
                ? { type: 'render', source: data.source, model: data.model } : undefined;
        case 'update':
            return isShortString(data.source) && isVersion(data.documentVersion) && isVersion(data.baseVersion) && isObjectDelta(data.changes)
                ? { type: 'update', source: data.source, documentVersion: data.documentVersion, baseVersion: data.baseVersion, changes: data.changes } : undefined;
        case 'highlight':
            return isShortString(data.source) && (data.elementId === null || isShortString(data.elementId)) && typeof data.reveal === 'boolean'
                ? { type: 'highlight', source: data.source, elementId: data.elementId as string | null, reveal: data.reveal } : undefined;
        case 'journeyPages': {
            if (!Array.isArray(data.pages) || data.pages.length > 100000) {
                return undefined;
            }
            const pages = data.pages.filter((p): p is { journey: string; href: string } =>
                isObject(p) && isShortString(p.journey) && isShortString(p.href) && isRelativeHref(p.href));
            return pages.length === data.pages.length
                ? { type: 'journeyPages', pages: pages.map(p => ({ journey: p.journey, href: p.href })) } : undefined;
        }
        default:
            return undefined;
    }
}

export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
    if (!isObject(data)) {
        return undefined;
    }
    switch (data.type) {
        case 'ready':
            return { type: 'ready' };
        case 'reveal':
            return isShortString(data.source) && isShortString(data.elementId)
                ? { type: 'reveal', source: data.source, elementId: data.elementId } : undefined;
        case 'openContinues':
            return isShortString(data.source) && isShortString(data.elementId)
                ? { type: 'openContinues', source: data.source, elementId: data.elementId } : undefined;
        case 'needModel':
            return isShortString(data.source) ? { type: 'needModel', source: data.source } : undefined;
        case 'revealSyntaxError':
            return isShortString(data.source) ? { type: 'revealSyntaxError', source: data.source } : undefined;
        case 'rendered':
            return isShortString(data.source) && typeof data.documentVersion === 'number' && Number.isFinite(data.documentVersion)
                && typeof data.keptLastGood === 'boolean' && (data.persona === undefined || isShortString(data.persona))
                ? {
                    type: 'rendered', source: data.source, documentVersion: data.documentVersion, keptLastGood: data.keptLastGood,
                    ...typeof data.persona === 'string' ? { persona: data.persona } : {}
                } : undefined;
        default:
            return undefined;
    }
}

/** What the webview keeps across reloads (VS Code restores it into a new panel). */
export interface WebviewState {
    source?: string;
    label?: string;
    locked?: boolean;
    zoom?: number;
    /** The zoom of each document shown in this panel, by document URI (the most recently shown last). */
    zooms?: Record<string, number>;
    scrollLeft?: number;
    scrollTop?: number;
    /** The persona lens (a persona key: its id, or its name when it names no definition); none: all personas. */
    persona?: string;
}
