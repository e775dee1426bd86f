/**
 * The one escaping function for Markdown output (exports and pull-request
 * comments): model text is shown as written and never becomes markup, a link,
 * a table column, math or an @-mention. Safe anywhere inline, table cells included.
 */
export function escapeMarkdown(text: string): string {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    // ASCII punctuation can always be backslash-escaped (CommonMark); these are the ones with a meaning inline.
    const escaped = oneLine.replace(/[\\`*_[\]<>#|~&@$]/g, '\\$&');
    // At the start of a line (a list item's text), `-`, `+` and `1.` would start a list.
    return escaped.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
