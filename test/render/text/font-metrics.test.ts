import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { charEm, faceUnits, FIRST_END, FIRST_START, tableUnits, UNITS_PER_EM } from '../../../src/render/text/font-metrics.js';
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

    it('in font units, whole numbers whose sums divided by the units per em are the sums in em (a power of two), ASCII in the first range', () => {
        assert.equal(Math.log2(UNITS_PER_EM) % 1, 0, `${UNITS_PER_EM} units per em`);
        assert.ok(FIRST_START <= 0x21 && FIRST_END >= 0x7e, 'printable ASCII read from the first range');
        for (const face of ['regular', 'semibold'] as const) {
            const units = faceUnits(face);
            for (let code = 0x21; code < 0x7f; code++) {
                assert.ok(tableUnits(units, code) > 0, `${face} has ${String.fromCharCode(code)}`);
            }
            for (const char of 'AWiæøÅ≥→…Ωж旅😀') {
                const code = char.codePointAt(0)!;
                const advance = tableUnits(units, code);
                assert.equal(advance === 0 ? undefined : advance / UNITS_PER_EM, advance === 0 ? undefined : charEm(code, face), `${face} '${char}'`);
            }
            assert.equal(tableUnits(units, '旅'.codePointAt(0)!), 0, 'a character the font lacks has no units');
        }
    });

    it('count characters the font lacks as wide: CJK one em, emoji wider', () => {
        assert.equal(charEm('旅'.codePointAt(0)!, 'regular'), 1);
        assert.ok(charEm('😀'.codePointAt(0)!, 'regular') > 1);
    });
});
