import type { SyntaxProblem } from '../model/view-model.js';

/**
 * The banner over a map whose text does not parse: where the first error is,
 * how many more there are, and whether the map shown is the last valid one.
 * Parser messages are sentences that usually end with a period already.
 */
export function syntaxBannerText(errors: readonly SyntaxProblem[], keptLastGood: boolean): string | undefined {
    const first = errors[0];
    if (!first) {
        return undefined;
    }
    const where = `line ${first.range.start.line + 1}, column ${first.range.start.character + 1}`;
    const message = first.message.trim().replace(/[.!?…]+$/u, '');
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const kept = keptLastGood ? ' Showing the last valid map.' : '';
    return `Syntax error at ${where}: ${message}${more}.${kept}`;
}
