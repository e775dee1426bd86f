import type { Random } from './random.js';

/** One LSP-style edit: replace [start, end) (UTF-16 offsets) with `text`. */
export interface Edit {
    start: number;
    end: number;
    text: string;
}

export function applyEdit(text: string, edit: Edit): string {
    return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

const KEYWORDS = [
    'journey', 'stage', 'touchpoint', 'owner', 'persona', 'kpi', 'description', 'goal', 'need', 'emotion',
    'pain', 'opportunity', 'measures', 'channel', 'next', 'contact', 'target', 'current', 'unit',
    'evidence', 'source', 'date', 'url', 'sample', 'backstage', 'support', 'continues', 'for', 'from', 'by', '+',
    'web', 'app', 'email', 'chat', 'store', 'other', '>=', '<=', '>', '<', '=', '%', '-', ',', '.'
];
/** What the fuzzer types: the grammar's keywords (channel values sampled; a test keeps it complete) and more. */
export const TOKENS = [...KEYWORDS, '{', '}', '{ }', '"', '""', '"text"', '"esc \\" \\\\"', '42', '-2', '+1', '3.5%', '”', '“', '„', '«', '»', '‘', '’', '120%', '7',
    'Name', 'Marketing', 'Checkout', 'Purchase.Checkout', 'Købsoplevelse', 'Survey2026', 'Udlån.Reservering', 'for Studerende', '//', '// comment\n', '/*', '*/', '/* c */', '\n', '\r\n', '\t', '  '];
const UNICODE = ['ø', 'æ', 'Å', 'Ö', 'ß', 'λ', 'Ж', '中文', 'עברית', 'العربية', '😀', '👩‍👩‍👧', '\u200b', '\ufeff', '\u0000', '\u00a0', 'e\u0301'];
const BRACKETS = ['{', '}', '{{{{', '}}}}', '{'.repeat(50), '}'.repeat(50)];

/**
 * Never split a surrogate pair or a CRLF: editors don't, and an LSP position
 * cannot point between \r and \n (it maps back to before the \r).
 */
function safeOffset(text: string, offset: number): number {
    const code = text.charCodeAt(offset);
    if (code >= 0xdc00 && code <= 0xdfff) return offset - 1;
    if (code === 0x0a && text.charCodeAt(offset - 1) === 0x0d) return offset - 1;
    return offset;
}

function randomBytes(random: Random): string {
    let out = '';
    for (let i = random.int(1, 12); i > 0; i--) {
        out += String.fromCharCode(random.int(0, 255));
    }
    return out;
}

/** A snippet of an example: what a user pastes or duplicates. */
function fragment(random: Random, corpus: string[]): string {
    const source = random.pick(corpus);
    const start = random.int(0, source.length);
    return source.slice(start, Math.min(source.length, start + random.int(1, 300)));
}

function insertion(random: Random, corpus: string[]): string {
    switch (random.weighted({ token: 40, tokens: 15, fragment: 15, bytes: 8, unicode: 10, brackets: 6, longLine: 2, spaces: 4 })) {
        case 'token': return random.pick(TOKENS) + (random.chance(0.5) ? ' ' : '');
        case 'tokens': return Array.from({ length: random.int(2, 8) }, () => random.pick(TOKENS)).join(' ');
        case 'fragment': return fragment(random, corpus);
        case 'bytes': return randomBytes(random);
        case 'unicode': return random.pick(UNICODE);
        case 'brackets': return random.pick(BRACKETS);
        case 'longLine': return 'x'.repeat(random.int(1000, 20000));
        default: return ' '.repeat(random.int(1, 8));
    }
}

/**
 * A random edit of `text`: an insertion, deletion or replacement at a random place.
 * Texts that grew past `maxLength` only shrink.
 */
export function randomEdit(random: Random, text: string, corpus: string[], maxLength = 60000): Edit {
    const kind = text.length > maxLength ? 'delete' : random.weighted({ insert: 50, delete: 30, replace: 20 });
    const start = safeOffset(text, random.int(0, text.length));
    const span = kind === 'insert' ? 0 : Math.min(text.length - start, random.chance(0.9) ? random.int(1, 20) : random.int(20, 2000));
    const end = safeOffset(text, start + span);
    return { start, end: Math.max(start, end), text: kind === 'delete' ? '' : insertion(random, corpus) };
}
