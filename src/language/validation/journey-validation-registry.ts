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
        // Synchronous for a synchronous check (all of ours): the validator awaits only promises.
        return (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result && typeof (result as Promise<void>).then === 'function') {
                    return Promise.resolve(result).catch(error => this.reportFailure(error, name, accept, node));
                }
            } catch (error) {
                this.reportFailure(error, name, accept, node);
            }
            return undefined;
        };
    }

    protected override async handleException(
        functionality: () => unknown, checkName: string, accept: ValidationAcceptor, node: AstNode
    ): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            this.reportFailure(error, checkName, accept, node);
        }
    }

    private reportFailure(error: unknown, checkName: string, accept: ValidationAcceptor, node: AstNode): void {
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
