/**
 * The few property changes whose name or items are built from several parts:
 * `emotion for Anna`, `Survey2026 for pain "…"`, `"Fraud screening" by Payments`.
 * They are data (the JSON carries them as they are, in English); a report in
 * another language takes them apart again here, where they are put together.
 */

const EMOTION_FOR = 'emotion for ';

/** `emotion for Anna`: the property of one persona's own emotion. */
export function personaEmotionProperty(persona: string): string {
    return `${EMOTION_FOR}${persona}`;
}

/** The persona of an `emotion for …` property, or undefined for any other property. */
export function personaOfEmotion(property: string): string | undefined {
    return property.startsWith(EMOTION_FOR) && property.length > EMOTION_FOR.length ? property.slice(EMOTION_FOR.length) : undefined;
}

export type NoteKind = 'pain' | 'opportunity';

/** `Survey2026 for pain "Shipping cost appears late"`: evidence cited by a note. */
export function citationItem(evidence: string, on: NoteKind, text: string): string {
    return `${evidence} for ${on} ${JSON.stringify(text)}`;
}

/** A citation item's parts, the note's text still quoted as in the item; undefined for other text. */
export function parseCitationItem(item: string): { evidence: string; on: NoteKind; quoted: string } | undefined {
    const match = /^(.+?) for (pain|opportunity) ("(?:[^"\\]|\\.)*")$/su.exec(item);
    return match ? { evidence: match[1], on: match[2] as NoteKind, quoted: match[3] } : undefined;
}

/** `"Payment provider authorises the card" by Payments`: backstage work or support, with its owner when it names one. */
export function serviceItem(text: string, owner: string | undefined): string {
    return `${JSON.stringify(text)}${owner !== undefined ? ` by ${owner}` : ''}`;
}

/** A service item's parts, its text still quoted; undefined for other text. */
export function parseServiceItem(item: string): { quoted: string; owner?: string } | undefined {
    const match = /^("(?:[^"\\]|\\.)*")(?: by (.+))?$/su.exec(item);
    return match ? { quoted: match[1], ...match[2] !== undefined ? { owner: match[2] } : {} } : undefined;
}
