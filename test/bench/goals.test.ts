import { strict as assert } from 'node:assert';
import { goalsSection } from '../../bench/goals.js';

describe('bench: the performance goals table', () => {
    it('reads each figure from its section and says whether it meets its goal', () => {
        const section = goalsSection({
            paint: { 100: { p95: 25 }, 1000: { p95: 140 } },
            render: { sizes: { 1000: { updatePatchMs: 12, firstDrawMs: 130 } } },
            cold: { oneLinePerNode: 1.5, naivePerOurs10k: 1.7 },
            lsp: { keystrokeToDiagnostics: { p95: 41 } }
        }, [1, 2, 3]);
        assert.deepEqual(section.rows.map(row => [row[1], row[3]]), [
            ['25 ms', 'met'], ['140 ms', 'MISSED'], ['12 ms', 'met'], ['130 ms', 'MISSED'],
            ['1.5 ×', 'met'], ['1.7 ×', 'met'], ['41 ms', 'MISSED']
        ]);
        assert.match(section.footer ?? '', /at start: 1\.00, 2\.00, 3\.00/);
    });

    it('shows a figure whose section did not run as a dash, neither met nor missed', () => {
        const section = goalsSection({ cold: { oneLinePerNode: 2.5 } }, [0, 0, 0]);
        assert.deepEqual(section.rows[0].slice(1), ['—', '≤ 30 ms', '']);
        assert.deepEqual(section.rows[4].slice(1), ['2.5 ×', '≤ 1.8 ×', 'MISSED']);
        const figures = (section.json as { figures: Record<string, { value: number | null }> }).figures;
        assert.equal(figures['first draw, 1,000 touchpoints'].value, null);
    });
});
