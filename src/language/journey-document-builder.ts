import {
    DefaultDocumentBuilder, DocumentState, OperationCancelled,
    type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices, type URI
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { forEachReference, walkAstSync } from './ast-walk.js';
import { isJourneyFile, type Stage } from './generated/ast.js';
import type { IncrementalBuild } from './incremental-build.js';
import type { JourneySharedCoreServices } from './journey-core-module.js';

/**
 * How long an editor request may wait for a build before it is cancelled: the
 * client then asks again, instead of a hover or completion hanging on a large
 * workspace rebuild.
 */
export const REQUEST_WAIT_LIMIT_MS = 450;

/**
 * Two checks look across the workspace (duplicate-name, unused-definition). When a
 * file changes, another file's definitions can become duplicated, unused or used
 * without that file being relinked. After each build, the untouched documents that
 * define a name the changed files defined or referenced (before or after the change)
 * are validated again; nothing is re-parsed or relinked.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    private readonly namesBeforeChange = new Set<string>();
    private readonly incremental: IncrementalBuild;
    /** While `update` resets the documents it was given: whether that is exactly one changed document. */
    private oneDocumentChanged = false;
    /** Per document: whether its references (this array, this long) hold a linking error. */
    private readonly linkingErrors = new WeakMap<LangiumDocument, { references: unknown[]; length: number; errors: boolean }>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.incremental = (services as JourneySharedCoreServices).workspace.IncrementalBuild;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        this.oneDocumentChanged = changed.length === 1 && deleted.length === 0;
        try {
            // A newer edit cancels this update unless it builds its one document incrementally (a few milliseconds): a cancelled
            // build would have the next update parse, link and validate the document whole, and a fast typist's keystrokes
            // would cancel one whole build after another. The newer edit's update waits for this one and splices too.
            const uri = this.oneDocumentChanged ? changed[0].toString() : undefined;
            const token = uri === undefined ? cancelToken : unlessBuilding(cancelToken, () => this.incremental.buildsIncrementally(uri));
            return await super.update(changed, deleted, token);
        } finally {
            this.oneDocumentChanged = false;
        }
    }

    // Only the language server's request handlers wait on the builder.
    override waitUntil(state: DocumentState, cancelToken?: CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: CancellationToken): Promise<URI>;
    override waitUntil(state: DocumentState, uriOrToken?: URI | CancellationToken, cancelToken?: CancellationToken): Promise<URI | void> {
        const waiting = super.waitUntil(state, uriOrToken as URI | undefined, cancelToken);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const deadline = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(OperationCancelled), REQUEST_WAIT_LIMIT_MS);
        });
        return Promise.race([waiting, deadline]).finally(() => clearTimeout(timer));
    }

    /**
     * A request for a document the editor has open but the workspace does not hold yet
     * waits for it instead of failing: its update is queued behind the workspace lock.
     * That happens when a request follows the open at once, and when an untitled name
     * is reused (`Untitled-1` closed and opened again: the close's update removes it,
     * the open's comes next). Langium would answer "No document found" and the editor
     * would show nothing (an empty completion list, no hover).
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        if (this.langiumDocuments.getDocument(uri) || !this.textDocuments?.get(uri.toString())) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise<URI>((resolve, reject) => {
            const settle = (outcome: () => void) => {
                phase.dispose();
                cancelled.dispose();
                clearTimeout(timer);
                outcome();
            };
            const phase = this.onDocumentPhase(state, document => {
                if (document.uri.toString() === uri.toString()) {
                    settle(() => resolve(uri));
                }
            });
            const cancelled = cancelToken.onCancellationRequested(() => settle(() => reject(OperationCancelled)));
            // Closed again before it was built: stop listening when waitUntil gives up.
            const timer = setTimeout(() => settle(() => reject(OperationCancelled)), REQUEST_WAIT_LIMIT_MS);
        });
    }

    override resetToState<T extends LangiumDocument>(document: T, state: DocumentState): void {
        if (state < DocumentState.Linked && document.state >= DocumentState.Linked) {
            collectNames(document, this.namesBeforeChange);
        }
        if (state === DocumentState.Changed) {
            // Before Langium unlinks it: what the completed build before found may be kept for the stages a splice leaves alone.
            this.incremental.reset(document, this.oneDocumentChanged && document.state === DocumentState.Validated
                && this.buildState.get(document.uri.toString())?.completed === true);
        } else if (state < document.state) {
            this.incremental.forget(document);
        }
        super.resetToState(document, state);
    }

    protected override markAsCompleted(document: LangiumDocument): void {
        this.incremental.completed(document);
        super.markAsCompleted(document);
    }

    /** Langium's, answering at once for a document whose completed build ran every category asked for (asked of every document on every keystroke). */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions): boolean {
        const state = this.buildState.get(document.uri.toString());
        const requested = typeof options.validation === 'object' ? options.validation.categories : undefined;
        const executed = state?.result?.validationChecks;
        if (state?.completed && requested && executed && requested.every(category => executed.includes(category))) {
            return false;
        }
        return super.resultsAreIncomplete(document, options);
    }

    /**
     * Langium's test (a linking error, or a reference into a changed document), with whether
     * a document has linking errors remembered per linking of it: it is asked of every
     * document on every keystroke.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const references = document.references;
        let known = this.linkingErrors.get(document);
        if (!known || known.references !== references || known.length !== references.length) {
            known = { references, length: references.length, errors: references.some(reference => reference.error !== undefined) };
            this.linkingErrors.set(document, known);
        }
        return known.errors || this.indexManager.isAffected(document, changedUris);
    }

    protected override cleanUpDeleted(document: LangiumDocument): void {
        this.incremental.forget(document);
        collectNames(document, this.namesBeforeChange);
        super.cleanUpDeleted(document);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        if (!options.validation) {
            this.namesBeforeChange.clear();
            return;
        }
        const names = this.namesBeforeChange;
        const built = new Set(documents);
        const others = this.langiumDocuments.all
            .filter(document => !built.has(document) && document.state === DocumentState.Validated)
            .toArray();
        if (others.length === 0) {
            // Every document was just built (a workspace's first build, `journey check`): nothing to validate again.
            names.clear();
            return;
        }
        for (const document of documents) {
            collectNames(document, names);
        }
        const dependents = others.filter(document => definesAny(document, names));
        names.clear();
        if (dependents.length > 0) {
            for (const document of dependents) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
            await super.buildDocuments(dependents, options, cancelToken);
        }
    }
}

/** `token`, except that it does not count as cancelled while `building()` holds. */
function unlessBuilding(token: CancellationToken, building: () => boolean): CancellationToken {
    return {
        get isCancellationRequested() {
            return token.isCancellationRequested && !building();
        },
        onCancellationRequested: (listener, thisArgs, disposables) => token.onCancellationRequested(event => {
            if (!building()) listener.call(thisArgs, event);
        }, undefined, disposables)
    };
}

/** Names a document defines at top level or refers to. */
function collectNames(document: LangiumDocument, into: Set<string>): void {
    const root = document.parseResult?.value;
    if (!isJourneyFile(root)) {
        return;
    }
    for (const element of root.elements) {
        into.add(element.name);
    }
    // Every reference of the AST (what linking resolved): each stage's taken from its node, unchanged unless re-parsed.
    walkAstSync(root, node => {
        if (node.$type === 'Stage') {
            for (const name of stageReferenceNames(node as Stage)) into.add(name);
            return false;
        }
        forEachReference(node, info => into.add(info.reference.$refText));
        return true;
    });
}

const stageNames = new WeakMap<Stage, string[]>();

function stageReferenceNames(stage: Stage): string[] {
    let names = stageNames.get(stage);
    if (!names) {
        const found = new Set<string>();
        walkAstSync(stage, node => forEachReference(node, info => found.add(info.reference.$refText)));
        names = [...found];
        stageNames.set(stage, names);
    }
    return names;
}

function definesAny(document: LangiumDocument, names: Set<string>): boolean {
    const root = document.parseResult?.value;
    return isJourneyFile(root) && root.elements.some(element => names.has(element.name));
}
