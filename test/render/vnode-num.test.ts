import * as assert from 'node:assert/strict';
import { num } from '../../src/render/vnode.js';
import { Random } from '../fuzz/random.js';

/** Numbers as the map wrote them before num() wrote tenths from whole numbers: the markup must stay byte for byte. */
function numAsBefore(value: number): string {
    if (Number.isInteger(value)) {
        return String(value);
    }
    const rounded = Math.round(value * 10) / 10;
    return rounded === 0 ? '0' : String(rounded);
}

describe('numbers in the map markup', () => {
    it('are written rounded to tenths exactly as String of the rounded number writes them, over every kind of value', () => {
        const random = new Random(10);
        const values = [0.05, -0.05, 0.04, -0.04, 0.15, 1.25, -1.25, 2.35, 12.45, -0.95, 0.95, 9.95, 99.95, 1e-7, -1e-7, 0.1, 0.2, 0.3,
            123456.78, -98765.43, 1e11 + 0.3, 1e12 + 0.5, 1e15 + 0.5, 2 ** 52 + 0.5, 1e21, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
        for (let i = 0; i < 20000; i++) {
            const scale = 10 ** random.int(-3, 7);
            values.push((random.next() - 0.5) * scale, Math.round(random.next() * 100000) / 100 * (random.chance(0.5) ? -1 : 1), random.int(-500, 500) / 20);
        }
        for (const value of values) {
            assert.equal(num(value), numAsBefore(value), String(value));
        }
    });
});
