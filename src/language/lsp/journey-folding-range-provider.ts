import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { isJourneyFile } from '../generated/ast.js';

/**
 * Folds the blocks (definitions, stages, touchpoints) that span three lines or more,
 * keeping the closing brace visible, and multi-line block comments. Visits only
 * block nodes and one walk over the CST, not every AST node of the file.
 */
export class JourneyFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const root = document.parseResult.value;
        const ranges: FoldingRange[] = [];
        if (!isJourneyFile(root)) {
            return ranges;
        }
        const block = (node: AstNode) => {
            const range = node.$cstNode?.range;
            if (range && range.end.line - range.start.line >= 2) {
                // End on the line before the closing brace, so that it stays visible.
                ranges.push({ startLine: range.start.line, endLine: range.end.line - 1 });
            }
        };
        for (const element of root.elements) {
            block(element);
            if (element.$type === 'Journey') {
                for (const stage of element.stages) {
                    block(stage);
                    stage.touchpoints.forEach(block);
                }
            }
        }
        if (root.$cstNode) {
            collectComments(root.$cstNode, document, ranges);
        }
        return ranges;
    }
}

function collectComments(node: CstNode, document: LangiumDocument, into: FoldingRange[]): void {
    const content = 'content' in node ? (node as { content: CstNode[] }).content : undefined;
    if (!content) {
        return;
    }
    for (const child of content) {
        if ('content' in child) {
            collectComments(child, document, into);
        } else if (child.hidden && child.text.startsWith('/*')) {
            const start = document.textDocument.positionAt(child.offset).line;
            const end = document.textDocument.positionAt(child.end).line;
            if (end - start >= 2) {
                into.push({ startLine: start, endLine: end - 1, kind: FoldingRangeKind.Comment });
            }
        }
    }
}
