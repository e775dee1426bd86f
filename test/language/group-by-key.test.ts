import { strict as assert } from 'node:assert';
import { groupByKey } from '../../src/language/group-by-key.js';

describe('groupByKey', () => {
    it('groups in the elements\' order and leaves out those without a key', () => {
        const groups = groupByKey(['apple', 'avocado', '', 'banana', 'apricot'], word => word[0]);
        assert.deepEqual([...groups], [['a', ['apple', 'avocado', 'apricot']], ['b', ['banana']]]);
    });
});
