import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CONFIG_FILE_NAME, isIgnoredPath, parseProjectConfig, type ProjectConfig } from '../language/config/project-config.js';
import { InputError, readJourneyText } from './workspace.js';

export interface CliProjectConfig {
    /** The config file, absolute. */
    file: string;
    config: ProjectConfig;
    /** Problems in the config file itself, reported like any other diagnostic. */
    problems: Diagnostic[];
    /** Whether the config's ignore globs leave this file out. */
    ignores(file: string): boolean;
}

/**
 * The project config `journey check` uses: the file given with --config, else
 * journey.config.json in the working directory (where CI runs, at the workspace
 * root like the editor), else none.
 */
export async function loadCliProjectConfig(explicit: string | undefined): Promise<CliProjectConfig | undefined> {
    const file = path.resolve(explicit ?? CONFIG_FILE_NAME);
    if (!existsSync(file)) {
        if (explicit !== undefined) {
            throw new InputError(`${explicit}: no such config file`);
        }
        return undefined;
    }
    const { config, problems } = parseProjectConfig(await readJourneyText(file));
    const root = path.dirname(file);
    return {
        file, config, problems,
        ignores: journeyFile => isIgnoredPath(config, path.relative(root, journeyFile).split(path.sep).join('/'))
    };
}
