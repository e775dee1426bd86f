/**
 * The one escaping function for Markdown output (exports and pull-request
 * comments): model text is shown as written and never becomes markup, a link,
 * a table column, math or an @-mention. Safe anywhere inline, table cells included.
 */
export function escapeMarkdown(text: string): string {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    // ASCII punctuation can always be backslash-escaped (CommonMark); these are the ones with a meaning inline.
    const escaped = oneLine.replace(/[\\`*_[\]<>#|~&@$]/g, '\\$&')
        // GitHub links bare `https://…` and `www.…` (GFM's autolink literals) up to the next space, closing
        // quote and backslashes included; an escaped `:` or `.` keeps them text.
        .replace(/\b(https?|ftp):(?=\/\/)/gi, '$1\\:')
        .replace(/\b(www)\.(?=\S)/gi, '$1\\.');
    // At the start of a line (a list item's text), `-`, `+` and `1.` would start a list.
    return escaped.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A web address the model holds (an evidence's `url`) as a link that goes where
 * it says: `<https://…>`, which ends exactly at `>` whatever follows. Anything
 * that is not a plain http(s) address stays text, escaped.
 */
export function markdownLink(url: string): string {
    return /^https?:\/\/[^\s<>|\\`]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}
