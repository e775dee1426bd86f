import {
    interruptAndCheck, isAstNode, isMultiReference, isReference,
    type AstNode, type GenericAstNode, type MultiReference, type Reference, type ReferenceInfo
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';

/**
 * The document builder's walks over a whole AST (linking, indexing references,
 * validating) without Langium's streams, which allocate an iterator and closures per
 * node and await a cancellation check per node: on a 10,000-line file that is most of
 * a keystroke's rebuild. The order is streamAst's (pre-order, properties in order) and
 * the references are streamReferences'; cancellation is checked every CHECK_EVERY nodes.
 */
const CHECK_EVERY = 256;

/**
 * Visits `root` and every node below it, parents first. `visit` returns false to
 * skip a node's children; a promise it returns is awaited.
 */
export async function walkAst(
    root: AstNode, cancelToken: CancellationToken, visit: (node: AstNode) => boolean | void | Promise<boolean | void>
): Promise<void> {
    const stack: AstNode[] = [root];
    let count = 0;
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (++count % CHECK_EVERY === 0 && cancelToken !== CancellationToken.None) {
            await interruptAndCheck(cancelToken);
        }
        let result = visit(node);
        if (result !== undefined && typeof result !== 'boolean') {
            result = await result;
        }
        if (result !== false) {
            pushChildren(node as GenericAstNode, stack);
        }
    }
}

/** Visits `root` and every node below it, parents first, all at once; `visit` returns false to skip a node's children. */
export function walkAstSync(root: AstNode, visit: (node: AstNode) => boolean | void): void {
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (visit(node) !== false) {
            pushChildren(node as GenericAstNode, stack);
        }
    }
}

/**
 * The node's children, pushed so that the first is popped first. The fields are read
 * with for...in and the lists by index: Object.keys and for...of allocate a list and an
 * iterator result per node and item while the walk's code is not yet optimised, which
 * in a short `journey check` process it mostly is not. An AST node is a plain object
 * whose fields are its own, in the order Object.keys gives.
 */
function pushChildren(node: GenericAstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = node[property];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                if (isAstNode(item)) {
                    stack.push(item);
                }
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    // Reverse what was pushed, so that it pops in document order.
    for (let i = start, j = stack.length - 1; i < j; i++, j--) {
        const swap = stack[i];
        stack[i] = stack[j];
        stack[j] = swap;
    }
}

/** Calls `accept` with each reference of the node itself, as streamReferences yields them. */
export function forEachReference(node: AstNode, accept: (info: ReferenceInfo) => void): void {
    const generic = node as GenericAstNode;
    for (const property in generic) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = generic[property];
        if (isReference(value) || isMultiReference(value)) {
            accept({ reference: value as Reference | MultiReference, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    accept({ reference: element, container: node, property, index });
                }
            }
        }
    }
}
