import '../polyfills/object-group-by.cjs';
import {
    inject,
    type DeepPartial, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { JourneyDocumentUpdateHandler } from './config/journey-document-update-handler.js';
import { JourneyProjectConfig } from './config/journey-project-config.js';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule } from './generated/module.js';
import {
    JourneyCoreModule, JourneySharedCoreModule, type JourneyCoreAddedServices, type JourneySharedCoreAddedServices
} from './journey-core-module.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-action-provider.js';
import { JourneyCodeLensProvider } from './lsp/journey-code-lens-provider.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyDocumentSymbolProvider } from './lsp/journey-document-symbol-provider.js';
import { JourneyFoldingRangeProvider } from './lsp/journey-folding-range-provider.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyInlayHintProvider } from './lsp/journey-inlay-hint-provider.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kind-provider.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-token-provider.js';
import { JourneyWorkspaceSymbolProvider } from './lsp/journey-workspace-symbol-provider.js';
import { registerJourneyChecks } from './validation/journey-validator.js';

/** Services we add to Langium's: the core ones (journey-core-module.ts) and the editor's. */
export interface JourneyAddedServices extends JourneyCoreAddedServices {
    lsp: {
        /** Also used by `journey format`: `formatEdits(document)`, `formatText(text)`. */
        Formatter: JourneyFormatter;
    };
}

export type JourneyServices = LangiumServices & JourneyAddedServices;

/** The editor's custom services, on top of JourneyCoreModule (parsing, scoping, linking, validation). */
export const JourneyModule: Module<JourneyServices, PartialLangiumServices & { lsp: JourneyAddedServices['lsp'] }> = {
    lsp: {
        CompletionProvider: (services) => new JourneyCompletionProvider(services),
        HoverProvider: (services) => new JourneyHoverProvider(services),
        RenameProvider: (services) => new JourneyRenameProvider(services),
        Formatter: (services) => new JourneyFormatter(services),
        CodeActionProvider: (services) => new JourneyCodeActionProvider(services),
        SemanticTokenProvider: (services) => new JourneySemanticTokenProvider(services),
        InlayHintProvider: (services) => new JourneyInlayHintProvider(services),
        CodeLensProvider: () => new JourneyCodeLensProvider(),
        DocumentSymbolProvider: (services) => new JourneyDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new JourneyFoldingRangeProvider()
    }
};

/** Services we add to Langium's shared ones. */
export type JourneySharedAddedServices = JourneySharedCoreAddedServices;

export type JourneySharedServices = LangiumSharedServices & JourneySharedAddedServices;

export const JourneySharedModule: Module<JourneySharedServices, DeepPartial<LangiumSharedServices> & DeepPartial<JourneySharedAddedServices>> = {
    workspace: {
        // The core module's, told about the client (it asks for the configuration it can read).
        ProjectConfig: (services) => new JourneyProjectConfig(services.workspace.FileSystemProvider, services.lsp.Connection)
    },
    lsp: {
        DocumentUpdateHandler: (services) => new JourneyDocumentUpdateHandler(services, services.workspace.ProjectConfig),
        NodeKindProvider: () => new JourneyNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => new JourneyWorkspaceSymbolProvider(services)
    }
};

/**
 * Creates the shared and language services. `context.connection` is given by the
 * language server and left out by the CLI and tests.
 */
export function createJourneyServices(context: DefaultSharedModuleContext): {
    shared: JourneySharedServices;
    Journey: JourneyServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        JourneyGeneratedSharedModule,
        JourneySharedCoreModule,
        JourneySharedModule
    );
    const Journey = inject(
        createDefaultModule({ shared }),
        JourneyLanguageGeneratedModule,
        JourneyCoreModule,
        JourneyModule
    );
    shared.ServiceRegistry.register(Journey);
    registerJourneyChecks(Journey);
    if (!context.connection) {
        // Without a language server, nobody sends the workspace configuration.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}

