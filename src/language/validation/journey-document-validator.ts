import {
    DefaultDocumentValidator, DocumentValidator,
    type AstReflection, type LangiumCoreServices, type LangiumDocument, type ValidationOptions
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyProjectConfig } from '../config/journey-project-config.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { typeNoun } from '../vocabulary.js';
import { explainUnitAfterNumber, unclosedBlocks } from './syntax-hints.js';

/**
 * Langium's own lexing, parsing and linking diagnostics, given our stable codes
 * (`journey/syntax-error`, `journey/unresolved-reference`) and clearer messages.
 * Last, the project's journey.config.json re-ranks or drops them (the one place it does).
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;

    constructor(services: LangiumCoreServices, private readonly projectConfig?: JourneyProjectConfig) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const data = diagnostic.data as { code?: string; refText?: string; containerType?: string; property?: string } | undefined;
            switch (data?.code) {
                case DocumentValidator.LexingError:
                case DocumentValidator.ParsingError:
                    setCode(diagnostic, DiagnosticCode.SyntaxError);
                    explainUnitAfterNumber(document, diagnostic);
                    break;
                case DocumentValidator.LinkingError: {
                    const refType = this.referenceType(data.containerType, data.property);
                    diagnostic.message = `Unknown ${typeNoun(refType)} '${data.refText}'.`;
                    setCode(diagnostic, DiagnosticCode.UnresolvedReference, { refType });
                    break;
                }
            }
        }
        diagnostics.push(...unclosedBlocks(document));
        if (this.projectConfig?.isIgnored(document.uri)) {
            return [];
        }
        return this.projectConfig ? this.projectConfig.apply(document.uri, diagnostics) : diagnostics;
    }

    private referenceType(containerType = '', property = ''): string {
        try {
            return this.reflection.getReferenceType({ container: { $type: containerType }, property } as never);
        } catch {
            return 'unknown';
        }
    }
}

function setCode(diagnostic: Diagnostic, code: DiagnosticCode, extra: Record<string, unknown> = {}): void {
    diagnostic.code = code;
    diagnostic.data = { ...(diagnostic.data as object), ...extra, code };
}
