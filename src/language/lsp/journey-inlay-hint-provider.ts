import { AstUtils, type AstNode, type ConfigurationProvider, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver-protocol';
import { InlayHintKind } from 'vscode-languageserver-types';
import { isTouchpoint } from '../generated/ast.js';
import { ownerOf } from '../element-properties.js';
import { effectiveOwner } from '../semantics.js';
import { inheritedFrom } from '../vocabulary.js';
import { nameNode, propertyNode } from '../journey-cst.js';
import { displayTitle } from './journey-facts.js';

/** The setting that turns the hints off: `journey.inlayHints.inheritedOwner` (default true). */
export const INLAY_HINT_SECTION = 'journey';

/**
 * After the header of a touchpoint without an owner of its own, the owner it
 * inherits from its stage or journey: `owner: Marketing (from stage)`.
 */
export class JourneyInlayHintProvider extends AbstractInlayHintProvider {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumServices) {
        super();
        this.configuration = services.shared.workspace.ConfigurationProvider;
        watchSetting(services);
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        return await this.inheritedOwnerEnabled() ? super.getInlayHints(document, params, cancelToken) : [];
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (!isTouchpoint(node) || ownerOf(node)) {
            return;
        }
        const owner = effectiveOwner(node);
        const target = owner?.reference.ref;
        const header = headerEnd(node);
        if (!owner || !target || !header) {
            return;
        }
        const targetName = nameNode(target);
        accept({
            position: header,
            label: [
                { value: 'owner: ' },
                {
                    value: target.name,
                    tooltip: displayTitle(target),
                    location: targetName ? { uri: AstUtils.getDocument(target).uri.toString(), range: targetName.range } : undefined
                },
                { value: ` (${inheritedFrom(owner.from)})` }
            ],
            kind: InlayHintKind.Type,
            paddingLeft: true
        });
    }

    private async inheritedOwnerEnabled(): Promise<boolean> {
        // VS Code sends the section as nested objects; other clients may use a dotted key.
        const nested = await this.configuration.getConfiguration(INLAY_HINT_SECTION, 'inlayHints') as Record<string, unknown> | undefined;
        const value = nested?.inheritedOwner ?? await this.configuration.getConfiguration(INLAY_HINT_SECTION, 'inlayHints.inheritedOwner');
        return typeof value === 'boolean' ? value : true;
    }
}

/** After the title, or after the name when there is no title. */
function headerEnd(node: AstNode): InlayHint['position'] | undefined {
    return (propertyNode(node, 'title') ?? nameNode(node))?.range.end;
}

/** Ask the client to re-query inlay hints when the setting changes. */
function watchSetting(services: LangiumServices): void {
    let refreshSupported = false;
    services.shared.lsp.LanguageServer.onInitialize(params => {
        refreshSupported = Boolean(params.capabilities.workspace?.inlayHint?.refreshSupport);
    });
    services.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === INLAY_HINT_SECTION && refreshSupported) {
            void services.shared.lsp.Connection?.languages.inlayHint.refresh();
        }
    });
}
