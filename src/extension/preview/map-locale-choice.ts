import type { Locale } from '../../language/reader-words.js';

/**
 * The language of a map's own words in VS Code: journey.config.json's
 * "locale" when it sets one, else VS Code's display language when the map
 * has words in it (Danish, Norwegian bokmål, or plain `no`, and Swedish),
 * else English.
 */
export function mapLocaleFor(configured: Locale | undefined, displayLanguage: string): Locale {
    if (configured) {
        return configured;
    }
    const language = displayLanguage.toLowerCase().split(/[-_]/)[0];
    return language === 'da' ? 'da' : language === 'nb' || language === 'no' ? 'nb' : language === 'sv' ? 'sv' : 'en';
}
