import type { AstNode, LangiumDocument, Reference } from 'langium';
import type { Stage } from './generated/ast.js';
import type { StageSplice } from './stage-splice.js';

/**
 * After a keystroke only one stage is re-parsed (stage-splice.ts); this carries what
 * the rest of that build needs so that it also relinks, indexes and validates only that
 * stage, and keeps what the previous build found for every other stage:
 *
 * - the resolved references of the document before the reset (Langium unlinks them
 *   before parsing, not knowing yet whether the parse will splice; the linker leaves them
 *   resolved instead), to keep those outside the replaced stage; a build that does not
 *   take them unlinks them;
 * - the splice (old stage, new stage, how positions after it moved);
 * - the stages whose references the linker had to resolve again (a `next Stage.Touchpoint`
 *   or `continues Journey.Stage` that could point into the edited stage): they are
 *   indexed and validated again too.
 *
 * Only an update of exactly one document, whose previous build completed, is taken this
 * way; anything else (a cancelled build, several files changed at once, a text that did
 * not splice) builds the document whole. The per-stage results (reference descriptions,
 * diagnostics) are cached by stage node with the generation of the build that made them,
 * and used only by the next build of that document.
 */
export class IncrementalBuild {
    private readonly edits = new Map<string, StageEdit>();
    /** Documents being built incrementally, from their reset until the build completes (or turns out whole). */
    private readonly incremental = new Set<string>();
    /** Per document: how many builds of it have finished indexing references / validating. */
    private readonly generations = new Map<string, { indexed: number; validated: number }>();

    /** The document is reset to be parsed again; `keep`: its previous build completed and may be reused. */
    reset(document: LangiumDocument, keep: boolean): void {
        const key = document.uri.toString();
        this.drop(key);
        if (!keep || !document.references.every(reference => '_ref' in reference)) {
            return;
        }
        const generation = this.generation(key);
        this.incremental.add(key);
        this.edits.set(key, {
            saved: document.references as Reference[],
            linked: false,
            indexed: generation.indexed,
            validated: generation.validated,
            splice: undefined,
            unchanged: false,
            dirty: new Set()
        });
    }

    /**
     * Whether the linker, unlinking the document on its reset, should leave its references
     * resolved: they are kept (as the edit's `saved`) for the build to take or to unlink.
     */
    keepsLinks(document: LangiumDocument): boolean {
        return this.edits.get(document.uri.toString())?.saved === document.references;
    }

    /** Anything else happened to the document (relinked, revalidated, deleted): nothing of before is reused. */
    forget(document: LangiumDocument): void {
        this.drop(document.uri.toString());
    }

    /**
     * Whether the document's build is incremental: its previous build completed, and its
     * parse may splice or did (until the parse, and until the build completes). Such a
     * build costs a few milliseconds; a newer edit does not cancel it (journey-document-builder.ts),
     * as a cancelled build would have the next one build the document whole.
     */
    buildsIncrementally(uri: string): boolean {
        return this.incremental.has(uri);
    }

    /** The document's build completed (validated). */
    completed(document: LangiumDocument): void {
        this.incremental.delete(document.uri.toString());
    }

    /** Forgets the document's edit; references it kept resolved and no linking took are unlinked as Langium would have. */
    private drop(key: string): void {
        const edit = this.edits.get(key);
        this.edits.delete(key);
        this.incremental.delete(key);
        if (edit && !edit.linked) {
            for (const reference of edit.saved as Array<Reference & { _ref: unknown; _nodeDescription?: unknown }>) {
                reference._ref = undefined;
                delete reference._nodeDescription;
            }
        }
    }

    /** The parse spliced one stage of the document. */
    spliced(uri: string, splice: StageSplice): void {
        const edit = this.edits.get(uri);
        if (edit) {
            edit.splice = splice;
        }
    }

    /** The document's text is what it was (Langium then does not parse it): everything is kept. */
    unchanged(uri: string): void {
        const edit = this.edits.get(uri);
        if (edit) {
            edit.unchanged = true;
        }
    }

    /** The parse did not splice: the document builds whole. */
    parsedWhole(uri: string): void {
        this.drop(uri);
    }

    /** The edit this build of the document may build incrementally, if any. */
    edit(document: LangiumDocument): StageEdit | undefined {
        const edit = this.edits.get(document.uri.toString());
        return edit && (edit.splice || edit.unchanged) ? edit : undefined;
    }

    /** Starts indexing the document's references: the generation the results are cached under, and the one they may be reused from. */
    beginIndexing(document: LangiumDocument): { generation: number; reuse: StageEdit | undefined; from: number } {
        const generation = this.generation(document.uri.toString());
        const edit = this.edit(document);
        return { generation: ++generation.indexed, reuse: edit, from: edit?.indexed ?? -1 };
    }

    beginValidating(document: LangiumDocument): { generation: number; reuse: StageEdit | undefined; from: number } {
        const key = document.uri.toString();
        const generation = this.generation(key);
        const edit = this.edit(document);
        // Validation is the last phase: the edit is used up.
        this.edits.delete(key);
        return { generation: ++generation.validated, reuse: edit, from: edit?.validated ?? -1 };
    }

    private generation(key: string): { indexed: number; validated: number } {
        let generation = this.generations.get(key);
        if (!generation) {
            generation = { indexed: 0, validated: 0 };
            this.generations.set(key, generation);
        }
        return generation;
    }
}

export interface StageEdit {
    /** The references of the document before the reset, left resolved (the linker did not unlink them). */
    saved: Reference[];
    /** The linker took them: what it kept is in use again. */
    linked: boolean;
    /** The generations of the reference index and of the validation of the build before. */
    indexed: number;
    validated: number;
    splice: StageSplice | undefined;
    /** The text did not change: nothing was parsed again. */
    unchanged: boolean;
    /** Stages (other than the new one) holding a reference the linker resolved again. */
    dirty: Set<Stage>;
}

/** Whether a build for this edit may keep what the build before found for this stage. */
export function keepsStage(edit: StageEdit | undefined, stage: Stage): boolean {
    return edit !== undefined && !edit.dirty.has(stage) && (edit.unchanged || (edit.splice !== undefined && stage !== edit.splice.newStage));
}

/** Whether `node` is `ancestor` or lies inside it. */
export function isWithin(node: AstNode | undefined, ancestor: AstNode): boolean {
    for (let current = node; current; current = current.$container) {
        if (current === ancestor) {
            return true;
        }
    }
    return false;
}

/** The stage `node` lies in (itself if it is one), if any. */
export function stageOf(node: AstNode | undefined): Stage | undefined {
    for (let current = node; current; current = current.$container) {
        if (current.$type === 'Stage') {
            return current as Stage;
        }
    }
    return undefined;
}
