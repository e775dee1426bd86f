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
import { JourneyWorkspaceManager } from './config/journey-workspace-manager.js';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule } from './generated/module.js';
import { JourneyDocumentBuilder } from './journey-document-builder.js';
import { JourneyLinker } from './journey-linker.js';
import { JourneyReferenceDescriptionProvider } from './journey-reference-descriptions.js';
import { JourneyLexerMessages, JourneyParserMessages } from './journey-syntax-messages.js';
import { JourneyScopeComputation } from './journey-scope-computation.js';
import { JourneyScopeProvider } from './journey-scope-provider.js';
import { JourneyWorkspaceIndex } from './journey-workspace-index.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-action-provider.js';
import { JourneyCodeLensProvider } from './lsp/journey-code-lens-provider.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyDocumentSymbolProvider } from './lsp/journey-document-symbol-provider.js';
import { JourneyFoldingRangeProvider } from './lsp/journey-folding-range-provider.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyInlayHintProvider } from './lsp/journey-inlay-hint-provider.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kind-provider.js';
import { JourneyReferences } from './lsp/journey-references.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-token-provider.js';
import { JourneyWorkspaceSymbolProvider } from './lsp/journey-workspace-symbol-provider.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { JourneyValidationRegistry } from './validation/journey-validation-registry.js';
import { registerJourneyChecks } from './validation/journey-validator.js';

/** Services we add to Langium's. */
export interface JourneyAddedServices {
    workspace: {
        JourneyWorkspaceIndex: JourneyWorkspaceIndex;
    };
    lsp: {
        /** Also used by `journey format`: `formatEdits(document)`, `formatText(text)`. */
        Formatter: JourneyFormatter;
    };
}

export type JourneyServices = LangiumServices & JourneyAddedServices;

/** Every custom service of the language, listed once. */
export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new JourneyParserMessages(),
        LexerErrorMessageProvider: () => new JourneyLexerMessages()
    },
    references: {
        ScopeComputation: (services) => new JourneyScopeComputation(services),
        ScopeProvider: (services) => new JourneyScopeProvider(services),
        References: (services) => new JourneyReferences(services),
        Linker: (services) => new JourneyLinker(services)
    },
    validation: {
        ValidationRegistry: (services) => new JourneyValidationRegistry(services),
        DocumentValidator: (services) => new JourneyDocumentValidator(services, (services.shared as JourneySharedServices).workspace.ProjectConfig)
    },
    workspace: {
        JourneyWorkspaceIndex: (services) => new JourneyWorkspaceIndex(services.shared, services.workspace.AstNodeLocator),
        ReferenceDescriptionProvider: (services) => new JourneyReferenceDescriptionProvider(services)
    },
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
export interface JourneySharedAddedServices {
    workspace: {
        /** journey.config.json of each workspace folder. */
        ProjectConfig: JourneyProjectConfig;
    };
}

export type JourneySharedServices = LangiumSharedServices & JourneySharedAddedServices;

export const JourneySharedModule: Module<JourneySharedServices, DeepPartial<LangiumSharedServices> & JourneySharedAddedServices> = {
    workspace: {
        DocumentBuilder: (services) => new JourneyDocumentBuilder(services),
        ProjectConfig: (services) => new JourneyProjectConfig(services.workspace.FileSystemProvider, services.lsp.Connection),
        WorkspaceManager: (services) => new JourneyWorkspaceManager(services, services.workspace.ProjectConfig)
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
        JourneySharedModule
    );
    const Journey = inject(
        createDefaultModule({ shared }),
        JourneyLanguageGeneratedModule,
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

