/**
 * The semantic diff between two versions of a set of journey files, as plain
 * JSON (`journey diff --format json` prints it as is; the shape is documented
 * in the README and versioned).
 */
import type { ElementKind } from '../view-model.js';

/** Bumped whenever a field changes meaning or shape. */
export const DIFF_FORMAT_VERSION = 1;

export type ChangeType = 'added' | 'removed' | 'renamed' | 'moved' | 'modified';

export const CHANGE_TYPES: readonly ChangeType[] = ['added', 'removed', 'renamed', 'moved', 'modified'];

/** A property value as a reader sees it: text, an emotion, or a list. */
export type PropertyValue = string | number | string[];

export interface PropertyChange {
    /** `title`, `owner`, `emotion`, `target`, `pains`, `next`, `stage order`, ... */
    property: string;
    /** Absent when the property was not written on that side. */
    before?: PropertyValue;
    after?: PropertyValue;
    /** List properties: the items only the new side has, and only the old side has. */
    added?: string[];
    removed?: string[];
}

/** Where the element is written: the new side's file, or the old side's for a removal. 1-based line. */
export interface ChangeLocation {
    file: string;
    line: number;
}

export interface ElementChange {
    change: ChangeType;
    kind: ElementKind;
    /**
     * The qualified name on the side the element exists on (the new one, or the
     * old one for a removal): `Webshop`, `Webshop.Purchase`, `Webshop.Purchase.Checkout`,
     * `Marketing` for owners, personas and KPIs.
     */
    name: string;
    /** Its view-model id on that side (`touchpoint:Webshop.Purchase.Checkout`): what a map marks. */
    id: string;
    /** Renamed and moved elements: the qualified name on the old side. */
    previousName?: string;
    /** What the map shows for it (the title, or the name). */
    title: string;
    /** How a rename or move was recognised: the same name elsewhere, the same title, or the same content. */
    matchedBy?: 'name' | 'title' | 'content';
    /** Journeys, stages and touchpoints: the journey's name (on the new side when it exists there). */
    journey?: string;
    /** An added or removed journey or stage: what went with it. */
    contains?: { stages?: number; touchpoints?: number };
    /** Changed properties (also for renamed and moved elements). */
    properties: PropertyChange[];
    location: ChangeLocation;
}

export interface JourneyDiff {
    version: typeof DIFF_FORMAT_VERSION;
    /** Number of changes by type, and in all. */
    summary: Record<ChangeType, number> & { total: number };
    /**
     * In reading order: each journey (new side's order, then removed ones) with
     * its stages and touchpoints, then owners, personas and KPIs by name.
     */
    changes: ElementChange[];
}
