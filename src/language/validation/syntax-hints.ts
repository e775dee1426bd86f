import { AstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { syntaxErrorRanges } from '../syntax-error-position.js';

const BLOCK_KINDS: Record<string, string> = {
    Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint', Owner: 'owner', Persona: 'persona', Kpi: 'kpi', Evidence: 'evidence'
};

/**
 * A `{` whose `}` the parser never found: the parser reports where it noticed
 * (often the next element); this names the block left open, where it opens,
 * e.g. "'touchpoint Jämförelse' is not closed", with the parser's error as related.
 */
export function unclosedBlocks(document: LangiumDocument): Diagnostic[] {
    if (document.parseResult.parserErrors.length === 0) {
        return [];
    }
    const firstError = syntaxErrorRanges(document)[0];
    const result: Diagnostic[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const kind = BLOCK_KINDS[node.$type];
        if (!kind || !node.$cstNode) {
            continue;
        }
        const braces = ownKeywords(node.$cstNode, node, ['{', '}']);
        const open = braces.find(leaf => leaf.text === '{');
        if (!open || braces.some(leaf => leaf.text === '}')) {
            continue;
        }
        const name = (node as AstNode & { name?: string }).name ?? '';
        result.push({
            range: open.range,
            severity: DiagnosticSeverity.Error,
            code: DiagnosticCode.SyntaxError,
            source: 'journey',
            message: `'${kind} ${name}' is not closed: add '}' where its block ends.`,
            relatedInformation: firstError ? [{
                location: { uri: document.uri.toString(), range: firstError.range },
                message: firstError.message
            }] : undefined,
            data: { code: DiagnosticCode.SyntaxError }
        });
    }
    return result;
}

/** The keyword leaves among a node's own CST children (through unassigned rule calls). */
function ownKeywords(cst: CstNode, owner: AstNode, texts: string[], into: CstNode[] = []): CstNode[] {
    const content = 'content' in cst ? (cst as { content: CstNode[] }).content : [];
    for (const child of content) {
        if ('content' in child) {
            if (child.astNode === owner) ownKeywords(child, owner, texts, into);
        } else if (!child.hidden && texts.includes(child.text) && child.grammarSource?.$type === 'Keyword') {
            into.push(child);
        }
    }
    return into;
}

const NUMBER_BEFORE = /\b(target|current)\s*(?:>=|<=|>|<|=)?\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * `target <= 2 min`: a word right after a KPI's number is a unit written in the
 * wrong place. Says so, and carries `unit "min"` for the quick fix.
 */
export function explainUnitAfterNumber(document: LangiumDocument, diagnostic: Diagnostic): void {
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(diagnostic.range.start);
    const word = text.slice(start, document.textDocument.offsetAt(diagnostic.range.end));
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const keyword = NUMBER_BEFORE.exec(text.slice(lineStart, start))?.[1];
    if (!keyword || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(word)) {
        return;
    }
    const unit = `unit "${word}"`;
    diagnostic.message = `'${word}' after the ${keyword} value: a KPI's unit is a property of its own, write ${unit}.`;
    diagnostic.data = { ...(diagnostic.data as object), unit };
}
