/** Where a piece of text goes in a Mermaid `journey` diagram: each place has its own forbidden characters. */
export type MermaidPlace = 'title' | 'section' | 'task' | 'actor';

const KEYWORD_START = /^(journey|title|section|acctitle|accdescr)\b/i;

/**
 * The one escaping function for Mermaid journey diagrams. Mermaid's journey
 * lexer ends a title at `#`, `;` or a line break, a section or task name also
 * at `:`, and splits actors at `,`; `%` at the start of a task starts a
 * comment. Entity codes (`#58;`) only work when rendering, not when parsing,
 * so those characters become their full-width look-alikes: the text reads the
 * same and the diagram keeps its structure. A task that begins with a keyword
 * gets a zero-width space in front so it stays a task.
 */
export function escapeMermaid(text: string, place: MermaidPlace): string {
    let out = text.replace(/[\r\n\t]+/g, ' ').replace(/[#;]/g, c => c === '#' ? '＃' : '；');
    if (place !== 'title') {
        out = out.replace(/:/g, '：');
    }
    if (place === 'actor') {
        out = out.replace(/,/g, '‚');
    }
    if (place === 'task') {
        out = out.replace(/%/g, '％');
    }
    out = out.trim();
    if (place === 'task' && KEYWORD_START.test(out)) {
        out = `\u200B${out}`;
    }
    return out;
}
