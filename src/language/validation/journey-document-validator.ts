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
import type { Stage } from '../generated/ast.js';
import { keepsStage, type IncrementalBuild, type StageEdit } from '../incremental-build.js';
import type { JourneySharedCoreServices } from '../journey-core-module.js';
import { shiftPosition } from '../stage-splice.js';
import { explainUnitAfterNumber, unclosedBlocks } from './syntax-hints.js';

/**
 * Langium's own lexing, parsing and linking diagnostics, given our stable codes
 * (`journey/syntax-error`, `journey/unresolved-reference`) and clearer messages.
 * Last, the project's journey.config.json re-ranks or drops them (the one place it does).
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;
    private readonly incremental: IncrementalBuild;
    /** Per root node being validated: the generation of this validation, and the edit whose untouched stages it may take from the one before. */
    private readonly validating = new WeakMap<AstNode, StageReuse>();
    /** Each stage's diagnostics from its checks and its nodes' (not linking errors), from the validation of its document's generation. */
    private readonly stageDiagnostics = new WeakMap<Stage, { generation: number; diagnostics: Diagnostic[] }>();
    /** How many stages were taken from the validation before, and how many checked (for tests and the bench). */
    readonly counts = { reused: 0, checked: 0 };

    constructor(services: LangiumCoreServices, private readonly projectConfig?: JourneyProjectConfig) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.incremental = (services.shared as JourneySharedCoreServices).workspace.IncrementalBuild;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const { generation, reuse, from } = this.incremental.beginValidating(document);
        // Only a validation that runs every check of a node (ours are all 'fast') can be cached and can reuse.
        const complete = !options.categories || options.categories.includes('fast');
        if (complete) {
            this.validating.set(root, { generation, edit: reuse, from });
        }
        let diagnostics: Diagnostic[];
        try {
            diagnostics = await super.validateDocument(document, options, cancelToken);
        } finally {
            this.validating.delete(root);
        }
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
     * Langium's, with each stage's diagnostics kept apart: after a one-stage splice, a
     * stage the edit left alone (and whose references all resolve as before) takes its
     * diagnostics from the validation before, moved with the text after the edit; its
     * checks see nothing outside it but what a stage edit cannot change (the journey's
     * owner and personas, top-level definitions). A diagnostic that names other places
     * (related information, a range in its data, "first on line N") is never moved: its
     * stage is checked again when the lines moved.
     */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const reuse = this.validating.get(rootNode);
        if (!reuse || this.profiler?.isActive('validating')) {
            return super.validateAst(rootNode, options, cancelToken);
        }
        const items: Diagnostic[] = [];
        const accept: ValidationAcceptor = (severity, message, info) => {
            items.push(this.toDiagnostic(severity, message, info));
        };
        await this.validateAstBefore(rootNode, options, accept, cancelToken);
        const checkNode = this.nodeChecker(options, accept, cancelToken);
        await walkAst(rootNode, cancelToken, node => {
            if (node.$type !== 'Stage') {
                return checkNode(node);
            }
            const stage = node as Stage;
            const kept = this.keptDiagnostics(stage, reuse);
            if (kept) {
                this.counts.reused++;
                items.push(...kept);
                this.stageDiagnostics.set(stage, { generation: reuse.generation, diagnostics: kept });
                return false;
            }
            this.counts.checked++;
            const start = items.length;
            return walkAst(stage, cancelToken, checkNode).then(() => {
                this.stageDiagnostics.set(stage, { generation: reuse.generation, diagnostics: items.slice(start) });
                return false;
            });
        });
        await this.validateAstAfter(rootNode, options, accept, cancelToken);
        return items;
    }

    /** The stage's diagnostics from the validation before, where they are now; undefined when it must be checked again. */
    private keptDiagnostics(stage: Stage, reuse: StageReuse): Diagnostic[] | undefined {
        const edit = reuse.edit;
        const cached = this.stageDiagnostics.get(stage);
        if (!cached || cached.generation !== reuse.from || !keepsStage(edit, stage)) {
            return undefined;
        }
        if (!edit?.splice) {
            return cached.diagnostics;
        }
        const moved = edit.splice.moved;
        const afterEdit = (stage.$cstNode?.offset ?? 0) >= (edit.splice.newStage.$cstNode?.end ?? 0);
        if (!afterEdit || (moved.lines === 0 && moved.columns === 0)) {
            return cached.diagnostics;
        }
        const result: Diagnostic[] = [];
        for (const diagnostic of cached.diagnostics) {
            if (namesPlaces(diagnostic)) {
                return undefined;
            }
            const start = shiftPosition(diagnostic.range.start, moved);
            const end = shiftPosition(diagnostic.range.end, moved);
            result.push(start === diagnostic.range.start && end === diagnostic.range.end ? diagnostic : { ...diagnostic, range: { start, end } });
        }
        return result;
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
        await walkAst(rootNode, cancelToken, this.nodeChecker(options, acceptor, cancelToken));
    }

    /** Runs a node's checks; a promise only when a check returned one. */
    private nodeChecker(options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: CancellationToken): (node: AstNode) => boolean | Promise<boolean> {
        const checksByType = new Map<string, ValidationCheck[]>();
        return node => {
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
        };
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

interface StageReuse {
    generation: number;
    edit: StageEdit | undefined;
    from: number;
}

/** Whether a diagnostic points at more than its own range (related places, ranges in its data): moving its range would not move those. */
function namesPlaces(diagnostic: Diagnostic): boolean {
    if (diagnostic.relatedInformation?.length) {
        return true;
    }
    const data = diagnostic.data;
    return typeof data === 'object' && data !== null
        && Object.values(data).some(value => typeof value === 'object' && value !== null && 'start' in value);
}

function setCode(diagnostic: Diagnostic, code: DiagnosticCode, extra: Record<string, unknown> = {}): void {
    diagnostic.code = code;
    diagnostic.data = { ...(diagnostic.data as object), ...extra, code };
}
