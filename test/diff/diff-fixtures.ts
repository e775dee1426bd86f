import { diffSnapshots } from '../../src/model/diff/journey-diff.js';
import type { ElementChange, JourneyDiff } from '../../src/model/diff/diff-model.js';
import { snapshotOf } from '../../src/model/diff/journey-snapshot.js';
import { buildWorkspace } from '../helpers.js';

/** The diff of two in-memory workspaces (file name → text); files are labelled by name. */
export async function diffFiles(base: Record<string, string>, head: Record<string, string>): Promise<JourneyDiff> {
    return diffSnapshots(await snapshot(base), await snapshot(head));
}

/** The diff of two versions of one file, with shared definitions beside both. */
export async function diffTexts(base: string, head: string, shared = DEFINITIONS): Promise<JourneyDiff> {
    return diffFiles({ 'shared.journey': shared, 'main.journey': base }, { 'shared.journey': shared, 'main.journey': head });
}

async function snapshot(files: Record<string, string>) {
    const { documents } = await buildWorkspace(files);
    return snapshotOf(Object.values(documents), uri => uri.slice(uri.lastIndexOf('/') + 1));
}

/** `modified touchpoint J.S.T` and the like: one line per change, for compact assertions. */
export function outline(diff: JourneyDiff): string[] {
    return diff.changes.map(describe);
}

export function describe(change: ElementChange): string {
    const from = change.previousName !== undefined ? ` from ${change.previousName} by ${change.matchedBy}` : '';
    return `${change.change} ${change.kind} ${change.name}${from}`;
}

export function only(diff: JourneyDiff): ElementChange {
    if (diff.changes.length !== 1) {
        throw new Error(`expected one change, got ${diff.changes.length}: ${outline(diff).join('; ')}`);
    }
    return diff.changes[0];
}

export const DEFINITIONS = `
owner Sales "Sales team" { contact "sales@example.com" }
owner Support "Support team" { contact "help@example.com" }
persona Buyer "Bea, buys for the office" { goal "Order quickly" }
kpi Conversion "Conversion" { owner Sales target >= 3% current 2.1% }
kpi Wait "Waiting time" { owner Support target <= 5 current 7 unit "minutes" }
`;

/** A journey of three stages used as the base of most cases. */
export const SHOP = `
journey Shop "Shopping" {
    owner Sales
    persona Buyer
    stage Find "Finding" {
        emotion 1
        touchpoint Search "Site search" { channel web emotion 1 measures Conversion next Compare }
        touchpoint Compare "Comparison" { channel web pain "Too many tabs" }
    }
    stage Buy "Buying" {
        owner Sales
        touchpoint Cart "Shopping cart" { channel web emotion -1 }
        touchpoint Pay { channel web emotion -2 pain "Card declined" next Find.Search }
    }
    stage Help "Getting help" {
        owner Support
        touchpoint Hotline "Phone hotline" { channel phone measures Wait }
    }
}
`;
