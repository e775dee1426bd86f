import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { CONFIGURABLE_CODES, CONFIGURED_SEVERITIES, parseProjectConfig } from '../../src/language/config/journey-config-file.js';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'journey.config.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajv.addKeyword('enumDescriptions'); // VS Code's extension to JSON schema
const validate = ajv.compile(schema);

describe('journey.config.json schema', () => {
    it('lists exactly the configurable diagnostic codes, each described', () => {
        const properties = schema.properties.severity.properties as Record<string, { description?: string }>;
        assert.deepEqual(Object.keys(properties).sort(), [...CONFIGURABLE_CODES].sort());
        for (const [code, property] of Object.entries(properties)) {
            assert.ok(property.description, code);
        }
    });

    it('offers exactly the severities the parser accepts', () => {
        assert.deepEqual(schema.definitions.severity.enum, [...CONFIGURED_SEVERITIES]);
        assert.equal(schema.definitions.severity.enumDescriptions.length, CONFIGURED_SEVERITIES.length);
    });

    it('accepts what the parser accepts without problems', () => {
        const samples = [
            {},
            { severity: {} },
            { $schema: './schemas/journey.config.schema.json', severity: { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'error' }, ignore: ['drafts/**'] }
        ];
        for (const sample of samples) {
            assert.ok(validate(sample), JSON.stringify(validate.errors));
            assert.deepEqual(parseProjectConfig(JSON.stringify(sample)).problems, [], JSON.stringify(sample));
        }
    });

    it('rejects what the parser reports', () => {
        const samples: unknown[] = [
            [],
            { severity: { 'journey/missing-owner': 'loud' } },
            { severity: { 'missing-owner': 'off' } },
            { severity: ['off'] },
            { ignore: 'drafts' },
            { ignore: [''] },
            { ignore: [3] },
            { rules: {} }
        ];
        for (const sample of samples) {
            assert.equal(validate(sample), false, JSON.stringify(sample));
            assert.ok(parseProjectConfig(JSON.stringify(sample)).problems.length > 0, JSON.stringify(sample));
        }
    });
});
