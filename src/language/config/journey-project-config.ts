import { URI, UriUtils, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import {
    applySeverities, CONFIG_FILE_NAME, DEFAULT_PROJECT_CONFIG, isIgnoredPath, parseProjectConfig,
    type ProjectConfig
} from './journey-config-file.js';

/** The config that governs one workspace folder. */
export interface LoadedProjectConfig {
    root: URI;
    configUri: URI;
    config: ProjectConfig;
    problems: Diagnostic[];
}

/**
 * The `journey.config.json` of each workspace folder: which diagnostics to re-rank
 * or drop and which files to leave out. The language server loads it at startup and
 * on change (publishing the file's own problems); the validator applies it.
 */
export class JourneyProjectConfig {
    private readonly roots = new Map<string, LoadedProjectConfig>();

    constructor(
        private readonly fileSystem: FileSystemProvider,
        private readonly connection?: Connection
    ) {}

    /** Reads `<root>/journey.config.json` (no file: the defaults) and publishes its problems. */
    async load(root: URI): Promise<LoadedProjectConfig> {
        const configUri = UriUtils.joinPath(root, CONFIG_FILE_NAME);
        let text: string | undefined;
        let readFailure: string | undefined;
        try {
            if (await this.fileSystem.exists(configUri)) {
                text = await this.fileSystem.readFile(configUri);
            }
        } catch (error) {
            readFailure = error instanceof Error ? error.message : String(error);
        }
        const loaded = this.set(root, text);
        if (readFailure !== undefined) {
            loaded.problems.push({
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                severity: 1, source: 'journey', code: DiagnosticCode.InvalidConfig, data: { code: DiagnosticCode.InvalidConfig },
                message: `Cannot read ${CONFIG_FILE_NAME} (${readFailure}); the default settings apply.`
            });
        }
        this.connection?.sendDiagnostics({ uri: configUri.toString(), diagnostics: loaded.problems });
        return loaded;
    }

    /** Uses this text (undefined: no config file) as the config of the folder. */
    set(root: URI, text: string | undefined): LoadedProjectConfig {
        const parsed = text === undefined ? { config: DEFAULT_PROJECT_CONFIG, problems: [] } : parseProjectConfig(text);
        const loaded: LoadedProjectConfig = { root, configUri: UriUtils.joinPath(root, CONFIG_FILE_NAME), ...parsed };
        this.roots.set(key(root), loaded);
        return loaded;
    }

    /** The folder whose config file this is, if it is one. */
    rootOfConfigFile(uri: URI): URI | undefined {
        if (UriUtils.basename(uri) !== CONFIG_FILE_NAME) {
            return undefined;
        }
        return this.roots.get(key(UriUtils.dirname(uri)))?.root;
    }

    /** The config of the innermost folder containing the file. */
    configFor(uri: URI): LoadedProjectConfig | undefined {
        let best: LoadedProjectConfig | undefined;
        for (const loaded of this.roots.values()) {
            if (UriUtils.contains(loaded.root, uri) && (!best || loaded.root.path.length > best.root.path.length)) {
                best = loaded;
            }
        }
        return best;
    }

    isIgnored(uri: URI): boolean {
        const loaded = this.configFor(uri);
        return loaded !== undefined && isIgnoredPath(loaded.config, UriUtils.relative(loaded.root, uri));
    }

    /** The file's diagnostics with the project's severities applied. */
    apply(uri: URI, diagnostics: Diagnostic[]): Diagnostic[] {
        const loaded = this.configFor(uri);
        return loaded ? applySeverities(loaded.config, diagnostics) : diagnostics;
    }
}

function key(root: URI): string {
    return UriUtils.normalize(root).replace(/\/$/, '');
}
