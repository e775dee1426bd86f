import * as assert from 'node:assert/strict';
import { printableSvg, PRINT_FONT_FAMILY } from '../../../src/render/print/print-svg.js';
import { THEMES } from '../../../src/render/map-styles.js';
import { exampleModels } from '../../fixtures/view-models.js';

describe('printable SVG', () => {
    it('carries no stylesheet and no CSS variables, only presentation attributes', async () => {
        const { markup } = printableSvg((await exampleModels())['kundereise.journey']);
        assert.ok(!markup.includes('<style'), 'no style element');
        assert.ok(!markup.includes('var(--'), 'no variables');
        assert.match(markup, new RegExp(`<svg[^>]*font-family="${PRINT_FONT_FAMILY}"`));
    });

    it('applies the most specific rule: a pain\'s text takes the pain colour, other text the foreground', async () => {
        const { markup } = printableSvg((await exampleModels())['kundereise.journey'], 'dark');
        const dark = THEMES.dark;
        assert.match(markup, new RegExp(`class="jm-el jm-note jm-pain"[^>]*><rect class="jm-frame"[^>]*fill="${dark.painBg}" stroke="${dark.painBorder}"/><text class="jm-small" font-size="12px" fill="${dark.painFg}"`));
        assert.match(markup, new RegExp(`<text class="jm-h1"(?=[^>]*fill="${dark.fg}")(?=[^>]*font-size="22px")(?=[^>]*font-weight="bold")`));
    });

    it('leaves out what paper has no use for: cursor, outline', async () => {
        const { markup } = printableSvg((await exampleModels())['kundereise.journey']);
        assert.ok(!/cursor|outline/.test(markup));
    });
});
