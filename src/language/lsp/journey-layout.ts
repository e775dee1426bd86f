/**
 * The canonical layout of a .journey file, decided token by token: the formatter
 * only ever rewrites the whitespace between two tokens, so the token sequence (and
 * with it the meaning and every comment) cannot change.
 */

/** A token as the lexer produced it; comments included. */
export interface LayoutToken {
    image: string;
    /** The token type name: a keyword's own text, `ID`, `STRING`, `SL_COMMENT`, ... */
    type: string;
    offset: number;
    end: number;
}

const INDENT = '    ';

/** Keywords that begin a definition or a property: each starts its own line. */
const LINE_STARTERS = new Set([
    'journey', 'stage', 'touchpoint', 'owner', 'persona', 'kpi',
    'description', 'goal', 'need', 'emotion', 'pain', 'opportunity', 'measures',
    'channel', 'next', 'contact', 'target', 'current', 'unit',
    'evidence', 'backstage', 'support', 'continues', 'source', 'date', 'url', 'sample'
]);

const DEFINITIONS = new Set(['journey', 'owner', 'persona', 'kpi', 'evidence']);

type Break = '' | ' ' | 'line' | 'blank';

export function isComment(token: LayoutToken): boolean {
    return token.type === 'SL_COMMENT' || token.type === 'ML_COMMENT';
}

/** Tracks where the walk is: brace depth, what each open block belongs to. */
class Structure {
    depth = 0;
    /** The definition or element keyword whose block is open, per depth. */
    private readonly blocks: string[] = [];
    /** The keyword that began the current item at each depth. */
    private readonly items: string[] = [];
    private touchpointSeen: boolean[] = [];
    private topKind: string | undefined;
    private topHasBlock = false;

    /** How far apart `previous` and `current` (both not comments) must be. */
    separation(previous: LayoutToken | undefined, current: LayoutToken, currentHasBlock: boolean): Break {
        const p = previous?.type;
        const c = current.type;
        if (p === undefined) return '';
        if (c === '}') return p === '{' ? '' : 'line';
        if (p === '{') return 'line';
        if (LINE_STARTERS.has(c)) {
            if (this.depth === 0) {
                // Bodiless definitions of one kind (a list of owners) stay together.
                return this.topKind === c && !this.topHasBlock && !currentHasBlock ? 'line' : 'blank';
            }
            if (c === 'stage') return 'blank';
            if (c === 'touchpoint' && this.blocks[this.depth - 1] === 'stage' && !this.touchpointSeen[this.depth - 1]) {
                return 'blank';
            }
            return 'line';
        }
        if (p === '}') return 'line';
        if (c === '{') return ' ';
        if (c === ',' || c === '%' || c === '.' || p === '.' || p === '-' || p === '+') return '';
        return ' ';
    }

    /** Moves past a token that is not a comment. */
    advance(token: LayoutToken): void {
        const t = token.type;
        if (t === '{') {
            this.blocks[this.depth] = this.items[this.depth] ?? '';
            this.touchpointSeen[this.depth] = false;
            if (this.depth === 0) this.topHasBlock = true;
            this.depth++;
        } else if (t === '}') {
            this.depth = Math.max(0, this.depth - 1);
        } else if (LINE_STARTERS.has(t)) {
            this.items[this.depth] = t;
            if (this.depth === 0 && DEFINITIONS.has(t)) {
                this.topKind = t;
                this.topHasBlock = false;
            }
            if (t === 'touchpoint' && this.depth > 0) {
                this.touchpointSeen[this.depth - 1] = true;
            }
        }
    }
}

/**
 * The whitespace to put before each token (index i), and after the last one
 * (index tokens.length). `text` is the source, consulted only around comments,
 * whose placement (own line or trailing) is kept.
 */
export function layoutGaps(text: string, tokens: LayoutToken[], eol = '\n'): string[] {
    const structure = new Structure();
    const gaps: string[] = [];
    const newline = (count: 1 | 2, depth: number) => eol.repeat(count) + INDENT.repeat(Math.max(0, depth));
    const nextSignificant = nextSignificantTokens(tokens);
    let previousSignificant: LayoutToken | undefined;
    let blankDone = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const previous = tokens[i - 1];
        if (!previous) {
            gaps.push('');
            if (!isComment(token)) {
                structure.advance(token);
                previousSignificant = token;
            }
            continue;
        }
        const lineBreaks = countLineBreaks(text.slice(previous.end, token.offset));
        if (isComment(token)) {
            const next = nextSignificant[i];
            const wanted = next >= 0 ? structure.separation(previousSignificant, tokens[next], opensBlock(tokens, next)) : 'line';
            if (lineBreaks === 0) {
                gaps.push(' ');
            } else {
                // A comment on its own line stays there; a blank line before it is kept.
                const blank: boolean = previous.type !== '{' && ((wanted === 'blank' && !blankDone) || lineBreaks > 1);
                blankDone ||= blank;
                gaps.push(newline(blank ? 2 : 1, structure.depth));
            }
            continue;
        }
        const wanted = structure.separation(previousSignificant, token, opensBlock(tokens, i));
        const depth = token.type === '}' ? structure.depth - 1 : structure.depth;
        if (isComment(previous)) {
            const ownLine = previous.type === 'SL_COMMENT' || lineBreaks > 0;
            const keptBlank = lineBreaks > 1 && token.type !== '}';
            if (!previousSignificant) {
                // After a header comment at the very start of the file.
                gaps.push(ownLine ? newline(keptBlank ? 2 : 1, 0) : ' ');
            } else if (wanted === 'blank' || wanted === 'line') {
                gaps.push(newline((wanted === 'blank' && !blankDone) || keptBlank ? 2 : 1, depth));
            } else {
                // A comment in the middle of a property: continue on the next line.
                gaps.push(ownLine ? newline(1, structure.depth + 1) : ' ');
            }
        } else if (wanted === 'blank' || wanted === 'line') {
            gaps.push(newline(wanted === 'blank' ? 2 : 1, depth));
        } else {
            gaps.push(wanted);
        }
        structure.advance(token);
        previousSignificant = token;
        blankDone = false;
    }
    gaps.push(tokens.length > 0 ? eol : '');
    return gaps;
}

/** For each index, the index of the first token at or after it that is not a comment (or -1). */
function nextSignificantTokens(tokens: LayoutToken[]): number[] {
    const result: number[] = new Array(tokens.length);
    let next = -1;
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (!isComment(tokens[i])) next = i;
        result[i] = next;
    }
    return result;
}

/** Whether the definition whose keyword is at `index` has a `{ ... }` body (`kpi K "title" {`). */
function opensBlock(tokens: LayoutToken[], index: number): boolean {
    if (!DEFINITIONS.has(tokens[index].type)) {
        return false;
    }
    for (let i = index + 1; i < tokens.length; i++) {
        const type = tokens[i].type;
        if (type === '{') return true;
        if (type !== 'ID' && type !== 'STRING' && !isComment(tokens[i])) return false;
    }
    return false;
}

function countLineBreaks(whitespace: string): number {
    let count = 0;
    for (let i = 0; i < whitespace.length; i++) {
        const ch = whitespace.charCodeAt(i);
        if (ch === 10 || (ch === 13 && whitespace.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
}
