import {
    isOperationCancelled, ValidationRegistry,
    type AstNode, type ValidationAcceptor, type ValidationCheck
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { report } from './report.js';

/**
 * Every check runs inside a wrapper: a check that throws becomes one
 * `journey/internal-error` diagnostic on the node it was looking at (naming the
 * check), the other checks still run, and the server keeps going.
 */
export class JourneyValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const name = check.name || 'a validation check';
        return async (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            await this.handleException(() => check.call(thisObj, node, accept, cancelToken), name, accept, node);
        };
    }

    protected override async handleException(
        functionality: () => unknown, checkName: string, accept: ValidationAcceptor, node: AstNode
    ): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            const detail = error instanceof Error ? error.message : String(error);
            console.error(`journey: ${checkName} failed on ${node.$type}:`, error);
            report(accept, 'error', DiagnosticCode.InternalError,
                `Internal error: ${checkName} failed here (${detail}). The other checks ran; please report this.`,
                { node }, { check: checkName });
        }
    }
}
