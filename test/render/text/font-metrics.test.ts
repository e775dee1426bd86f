import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { charEm } from '../../../src/render/text/font-metrics.js';
import { MAP_FONT_FILES } from '../../../src/render/text/map-font-files.js';
import { ROOT } from '../../helpers.js';

describe('font metrics', () => {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const faces = { regular: MAP_FONT_FILES[0].source, semibold: MAP_FONT_FILES[1].source } as const;

    it('are the advance widths of the shipped font files, for Latin, Nordic letters and the signs the map writes', () => {
        for (const [face, source] of Object.entries(faces) as Array<[keyof typeof faces, string]>) {
            const font = fontkit.openSync(require.resolve(source)) as fontkit.Font;
            for (const char of 'AWiæøåÆØÅäöÄÖ ≥≤→·…ŁŻ€Ωж') {
                const code = char.codePointAt(0)!;
                assert.equal(charEm(code, face), font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm, `${face} '${char}'`);
            }
        }
    });

    it('are up to date with the font files (scripts/font-widths.mjs --check)', () => {
        execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'font-widths.mjs'), '--check'], { stdio: 'pipe' });
    });

    it('count characters the font lacks as wide: CJK one em, emoji wider', () => {
        assert.equal(charEm('旅'.codePointAt(0)!, 'regular'), 1);
        assert.ok(charEm('😀'.codePointAt(0)!, 'regular') > 1);
    });
});
