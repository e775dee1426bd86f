const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * The one escaping function: every piece of text the renderer writes into SVG
 * or HTML markup (text content and attribute values) goes through it.
 */
export function escapeMarkup(text: string): string {
    if (!NEEDS_ESCAPE.test(text)) {
        return text;
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let replacement: string | undefined;
        switch (code) {
            case 38: replacement = '&amp;'; break;
            case 60: replacement = '&lt;'; break;
            case 62: replacement = '&gt;'; break;
            case 34: replacement = '&quot;'; break;
            case 39: replacement = '&#39;'; break;
            default:
                // Control characters other than tab, newline and carriage return are not allowed in XML.
                if (code < 32 && code !== 9 && code !== 10 && code !== 13 || code === 0xfffe || code === 0xffff) {
                    replacement = '\uFFFD';
                }
        }
        if (replacement !== undefined) {
            out += text.slice(last, i) + replacement;
            last = i + 1;
        }
    }
    return last === 0 ? text : out + text.slice(last);
}
