import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseProjectConfig } from '../language/config/journey-config-file.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../language/reader-words.js';
import { displayPath, InputError } from './workspace.js';

/**
 * The reader's language of `journey render`, `build`, `serve` and `diff`: --locale, else
 * `"locale"` in journey.config.json (in the working directory, where CI runs, as
 * `journey check` reads it), else English. A bad value in either is an input error.
 */
export async function resolveLocale(option: string | undefined): Promise<Locale> {
    if (option !== undefined) {
        if (!isLocale(option)) {
            throw new InputError(`unknown locale '${option}' (expected ${LOCALES.join(', ')})`);
        }
        return option;
    }
    const file = path.resolve(CONFIG_FILE_NAME);
    if (!existsSync(file)) {
        return DEFAULT_LOCALE;
    }
    const { config, problems } = parseProjectConfig(await fs.readFile(file, 'utf8'));
    const bad = problems.find(problem => String(problem.message).startsWith("'locale'"));
    if (bad) {
        const { line, character } = bad.range.start;
        throw new InputError(`${displayPath(file)}:${line + 1}:${character + 1}: ${String(bad.message).replace(/; English applies\.$/, '')}`);
    }
    return config.locale ?? DEFAULT_LOCALE;
}
