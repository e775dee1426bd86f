import { strict as assert } from 'node:assert';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ajvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { toGithubAnnotations, toSarif } from '../../src/cli/check-formats.js';
import type { CheckedDiagnostic } from '../../src/cli/check.js';
import { EXAMPLES } from '../helpers.js';
import { inDirectory, journey } from '../fixtures/journey-runner.js';

// Both are CommonJS modules whose class and plugin are their `default` export.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
let compiled: ValidateFunction | undefined;

/** The SARIF 2.1.0 JSON schema (draft-04), as shipped by @microsoft/jest-sarif, with its formats (uri, date-time) checked. */
function sarifValidator(): ValidateFunction {
    if (compiled) {
        return compiled;
    }
    const require = createRequire(import.meta.url);
    const file = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    // The schema predates Ajv's strict mode, and one of its patterns is only valid without the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
    return compiled;
}

const BROKEN = 'owner A "A"\njourney J {\n    owner A\n    stage S { touchpoint T { emotion 9 } }\n    stage Empty "Empty, really: 100%"\n    { }\n}\nkpi Unused { target >= 1 }\n';

interface SarifLog {
    runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{
            ruleId: string; ruleIndex: number; level: string; message: { text: string };
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
        }>;
    }>;
}

describe('journey check --format sarif|github', function () {
    this.timeout(30000);
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-formats-'));
        writeFileSync(path.join(folder, 'broken one.journey'), BROKEN);
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes SARIF that the SARIF 2.1.0 schema accepts, with results on the right lines', async () => {
        const result = await inDirectory(folder, () => journey('check', '--format', 'sarif'));
        assert.equal(result.code, 1, result.err);
        const log = JSON.parse(result.out) as SarifLog;
        const validate = sarifValidator();
        assert.ok(validate(log), JSON.stringify(validate.errors, undefined, 2));
        const [run] = log.runs;
        const emotion = run.results.find(r => r.ruleId === 'journey/emotion-out-of-range')!;
        assert.equal(emotion.level, 'error');
        assert.equal(run.tool.driver.rules[emotion.ruleIndex].id, 'journey/emotion-out-of-range');
        assert.deepEqual(emotion.locations[0].physicalLocation, {
            artifactLocation: { uri: 'broken%20one.journey', uriBaseId: 'SRCROOT' },
            region: { startLine: 4, startColumn: 38, endLine: 4, endColumn: 39 }
        });
        const levels = run.results.map(r => `${r.level} ${r.ruleId}`).sort();
        assert.ok(levels.includes('warning journey/empty-stage'), levels.join('\n'));
        assert.ok(levels.includes('warning journey/kpi-without-owner'), levels.join('\n'));
        // Hints stay in the editor.
        assert.ok(!levels.some(level => level.includes('unused-definition')), levels.join('\n'));
    });

    it('writes a valid SARIF log for the examples: only notes (KPIs off track)', async () => {
        const result = await journey('check', EXAMPLES, '--format', 'sarif');
        assert.equal(result.code, 0, result.err);
        const log = JSON.parse(result.out) as SarifLog;
        assert.ok(sarifValidator()(log));
        assert.ok(log.runs[0].results.length > 0);
        assert.deepEqual([...new Set(log.runs[0].results.map(r => `${r.level} ${r.ruleId}`))], ['note journey/kpi-off-track']);
    });

    it('rejects a SARIF log the schema forbids, so the validation means something', () => {
        const log = toSarif([]) as { runs: Array<Record<string, unknown>> };
        const validate = sarifValidator();
        assert.ok(validate(log));
        assert.ok(!validate({ ...log, version: '2.0.0' }));
        assert.ok(!validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal', message: { text: 'x' } }] }] }));
    });

    it('writes GitHub annotations with file, range and code, then the summary', async () => {
        const result = await inDirectory(folder, () => journey('check', '--format', 'github'));
        assert.equal(result.code, 1);
        const lines = result.out.split('\n');
        assert.ok(lines.includes('::error file=broken one.journey,line=4,endLine=4,col=38,endColumn=39,title=journey/emotion-out-of-range::Emotion 9 is out of range -2..+2.')
            || lines.some(line => /^::error file=broken one\.journey,line=4,endLine=4,col=38,endColumn=39,title=journey\/emotion-out-of-range::Emotion 9 is out of range/.test(line)), result.out);
        assert.ok(lines.some(line => line.startsWith('::warning file=broken one.journey,line=5,')), result.out);
        assert.ok(!lines.some(line => line.includes('unused-definition')));
        assert.match(lines[lines.length - 1], /^\d+ errors?, \d+ warnings? in 1 file$/);
    });

    it('escapes what would end a workflow command\'s property or message', () => {
        const diagnostic: CheckedDiagnostic = {
            file: 'dir, with: colon/a%b.journey', line: 1, column: 2, endLine: 3, endColumn: 4,
            severity: 'info', code: 'journey/kpi-off-track', message: '50% off\nnext line: here, too'
        };
        assert.deepEqual(toGithubAnnotations([diagnostic, { ...diagnostic, severity: 'hint' }]), [
            '::notice file=dir%2C with%3A colon/a%25b.journey,line=1,endLine=3,col=2,title=journey/kpi-off-track::50%25 off%0Anext line: here, too'
        ]);
    });
});
