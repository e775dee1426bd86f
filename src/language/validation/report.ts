import type { AstNode, DiagnosticInfo, ValidationAcceptor, ValidationSeverity } from 'langium';
import type { DiagnosticCode, JourneyDiagnosticData } from '../diagnostic-codes.js';

/** Reports a diagnostic with its stable code both in `code` and in `data`. */
export function report<N extends AstNode>(
    accept: ValidationAcceptor,
    severity: ValidationSeverity,
    code: DiagnosticCode,
    message: string,
    info: DiagnosticInfo<N>,
    data: Omit<JourneyDiagnosticData, 'code'> = {}
): void {
    accept(severity, message, { ...info, code, data: { ...data, code } });
}
