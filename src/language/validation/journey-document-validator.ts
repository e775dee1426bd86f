import {
    DefaultDocumentValidator, DocumentValidator,
    type AstNode, type AstReflection, type LangiumCoreServices, type LangiumDocument, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyProjectConfig } from '../config/journey-project-config.js';
import { walkAst } from '../ast-walk.js';
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

    /**
     * Langium's loop over the nodes and their checks, without streams and without
     * awaiting a check that did not return a promise (see ast-walk.ts): the same checks
     * on the same nodes in the same order.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        await walkAst(rootNode, cancelToken, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                const pending = runChecks(checks, 0, node, acceptor, cancelToken);
                if (pending) {
                    return pending.then(() => nodeOptions.validateChildren);
                }
            }
            return nodeOptions.validateChildren;
        });
    }

    private referenceType(containerType = '', property = ''): string {
        try {
            return this.reflection.getReferenceType({ container: { $type: containerType }, property } as never);
        } catch {
            return 'unknown';
        }
    }
}

/** Runs `checks` from `start` on; a promise only when a check returned one (then the rest run after it). */
function runChecks(checks: ValidationCheck[], start: number, node: AstNode, acceptor: ValidationAcceptor, cancelToken: CancellationToken): Promise<void> | undefined {
    for (let i = start; i < checks.length; i++) {
        const result = checks[i](node, acceptor, cancelToken);
        if (result) {
            return Promise.resolve(result).then(() => runChecks(checks, i + 1, node, acceptor, cancelToken));
        }
    }
    return undefined;
}

function setCode(diagnostic: Diagnostic, code: DiagnosticCode, extra: Record<string, unknown> = {}): void {
    diagnostic.code = code;
    diagnostic.data = { ...(diagnostic.data as object), ...extra, code };
}
