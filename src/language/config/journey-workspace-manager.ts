import {
    DefaultWorkspaceManager, URI,
    type FileSystemNode, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver-types';
import type { JourneyProjectConfig } from './journey-project-config.js';

/**
 * Loads each folder's journey.config.json before the workspace is indexed, and
 * leaves the files it ignores out of the index (at startup and when files change).
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices, private readonly projectConfig: JourneyProjectConfig) {
        super(services);
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await Promise.all(folders.map(folder => this.projectConfig.load(URI.parse(folder.uri))));
        await super.loadAdditionalDocuments(folders, collector);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        return super.shouldIncludeEntry(entry) && !this.projectConfig.isIgnored(entry.uri);
    }
}
