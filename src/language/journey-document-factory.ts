import {
    DefaultLangiumDocumentFactory,
    type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult, type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { IncrementalBuild } from './incremental-build.js';
import type { JourneySharedCoreServices } from './journey-core-module.js';
import { spliceStage } from './stage-splice.js';

/**
 * Langium's document factory, re-parsing only the stage an edit falls in when it can
 * (stage-splice.ts) and the whole text otherwise. Only updates of existing documents
 * (a keystroke in the editor, a file changed on disk) try it. A splice is told to
 * IncrementalBuild, so that the rest of the build also redoes only that stage.
 */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The document `update` is parsing again, with its text and parse result from before. */
    private updating: { uri: string; text: string; previous: ParseResult<AstNode> } | undefined;
    /** How many updates were spliced and how many parsed the whole text (for tests and the bench). */
    readonly counts = { spliced: 0, full: 0 };
    /** Off: every update parses the whole text (the fuzzer's reference). */
    splicing = true;

    private readonly incremental: IncrementalBuild;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.incremental = (services as JourneySharedCoreServices).workspace.IncrementalBuild;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const text = document.parseResult.value.$cstNode?.root.fullText;
        this.updating = text === undefined ? undefined : { uri: document.uri.toString(), text, previous: document.parseResult };
        try {
            const updated = await super.update(document, cancellationToken);
            if (this.updating) {
                // Langium did not parse: the text is what it was.
                this.incremental.unchanged(this.updating.uri);
            }
            return updated;
        } finally {
            this.updating = undefined;
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const updating = this.updating;
        this.updating = undefined;
        if (updating && this.splicing && updating.uri === uri.toString()) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const spliced = spliceStage(parser, updating.previous, updating.text, text);
            if (spliced) {
                this.counts.spliced++;
                this.incremental.spliced(uri.toString(), spliced);
                return Promise.resolve(spliced.parseResult as ParseResult<T>);
            }
            this.counts.full++;
        }
        this.incremental.parsedWhole(uri.toString());
        return super.parseAsync(uri, text, cancellationToken);
    }
}
