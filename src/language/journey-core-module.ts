import '../polyfills/object-group-by.cjs';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DeepPartial, type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices
} from 'langium';
import { JourneyProjectConfig } from './config/journey-project-config.js';
import { JourneyWorkspaceManager } from './config/journey-workspace-manager.js';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule } from './generated/module.js';
import { JOURNEY_TOKEN_TABLE } from './journey-token-table.generated.js';
import { JourneyDocumentBuilder } from './journey-document-builder.js';
import { JourneyDocumentFactory } from './journey-document-factory.js';
import { IncrementalBuild } from './incremental-build.js';
import { JourneyIndexManager } from './journey-index-manager.js';
import { JourneyLinker } from './journey-linker.js';
import { JourneyLexer, JourneyTokenBuilder } from './journey-lexer.js';
import { createJourneyParser } from './journey-parser.js';
import { JourneyReferenceDescriptionProvider } from './journey-reference-descriptions.js';
import { JourneyLexerMessages, JourneyParserMessages } from './journey-syntax-messages.js';
import { JourneyScopeComputation } from './journey-scope-computation.js';
import { JourneyScopeProvider } from './journey-scope-provider.js';
import { JourneyValueConverter } from './journey-value-converter.js';
import { JourneyWorkspaceIndex } from './journey-workspace-index.js';
import { lazyLookaheadParserConfig } from './lazy-lookahead.js';
import { JourneyReferences } from './lsp/journey-references.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { JourneyValidationRegistry } from './validation/journey-validation-registry.js';
import { registerJourneyChecks } from './validation/journey-validator.js';

/**
 * The language without the editor: parsing, scoping, linking, indexing and
 * validation, on Langium's core services only. `journey check` (pre-commit hooks,
 * CI) builds these, so it neither loads nor initialises the LSP providers, the
 * language server library or the JSON-RPC protocol; the language server adds the
 * LSP services on top of the same modules (journey-module.ts).
 */

/** Core services we add to Langium's. */
export interface JourneyCoreAddedServices {
    workspace: {
        JourneyWorkspaceIndex: JourneyWorkspaceIndex;
    };
}

export type JourneyCoreServices = LangiumCoreServices & JourneyCoreAddedServices;

/** Every custom core service of the language, listed once. */
export const JourneyCoreModule: Module<JourneyCoreServices, PartialLangiumCoreServices & JourneyCoreAddedServices> = {
    parser: {
        TokenBuilder: () => new JourneyTokenBuilder(JOURNEY_TOKEN_TABLE),
        Lexer: (services) => new JourneyLexer(services),
        LangiumParser: (services) => createJourneyParser(services),
        ParserErrorMessageProvider: () => new JourneyParserMessages(),
        LexerErrorMessageProvider: () => new JourneyLexerMessages(),
        ValueConverter: () => new JourneyValueConverter()
    },
    references: {
        ScopeComputation: (services) => new JourneyScopeComputation(services),
        ScopeProvider: (services) => new JourneyScopeProvider(services),
        References: (services) => new JourneyReferences(services),
        Linker: (services) => new JourneyLinker(services)
    },
    validation: {
        ValidationRegistry: (services) => new JourneyValidationRegistry(services),
        DocumentValidator: (services) => new JourneyDocumentValidator(services, (services.shared as JourneySharedCoreServices).workspace.ProjectConfig)
    },
    workspace: {
        JourneyWorkspaceIndex: (services) => new JourneyWorkspaceIndex(services.shared, services.workspace.AstNodeLocator),
        ReferenceDescriptionProvider: (services) => new JourneyReferenceDescriptionProvider(services)
    }
};

/** Core services we add to Langium's shared ones. */
export interface JourneySharedCoreAddedServices {
    workspace: {
        /** journey.config.json of each workspace folder. */
        ProjectConfig: JourneyProjectConfig;
        /** What a build after a one-stage splice may keep from the build before (incremental-build.ts). */
        IncrementalBuild: IncrementalBuild;
    };
}

export type JourneySharedCoreServices = LangiumSharedCoreServices & JourneySharedCoreAddedServices;

export const JourneySharedCoreModule: Module<JourneySharedCoreServices, DeepPartial<LangiumSharedCoreServices> & JourneySharedCoreAddedServices> = {
    workspace: {
        DocumentBuilder: (services) => new JourneyDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new JourneyDocumentFactory(services),
        ProjectConfig: (services) => new JourneyProjectConfig(services.workspace.FileSystemProvider),
        IncrementalBuild: () => new IncrementalBuild(),
        IndexManager: (services) => new JourneyIndexManager(services),
        WorkspaceManager: (services) => new JourneyWorkspaceManager(services, services.workspace.ProjectConfig)
    }
};

/**
 * Creates the shared and language services without the LSP ones, for commands that
 * check, render or export files (no language server, so nobody sends the
 * workspace configuration: it is initialised empty).
 */
export function createJourneyCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: JourneySharedCoreServices;
    Journey: JourneyCoreServices;
} {
    const shared = inject(
        createDefaultSharedCoreModule(context),
        JourneyGeneratedSharedModule,
        JourneySharedCoreModule
    );
    const Journey = inject(
        createDefaultCoreModule({ shared }),
        JourneyLanguageGeneratedModule,
        JourneyCoreModule,
        // Without the LSP services there is no completion parser, which needs Langium's own lookahead.
        { parser: { ParserConfig: () => lazyLookaheadParserConfig() } }
    );
    shared.ServiceRegistry.register(Journey);
    registerJourneyChecks(Journey);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Journey };
}
