import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    applySeverities, CONFIGURABLE_CODES, DEFAULT_PROJECT_CONFIG, isIgnoredPath, parseProjectConfig
} from '../../../src/language/config/journey-config-file.js';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';

function diagnostic(code: string, severity: 1 | 2 | 3 | 4): Diagnostic {
    return { code, severity, message: code, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
}

describe('journey.config.json parsing', () => {
    it('reads severities per code and ignore globs', () => {
        const { config, problems } = parseProjectConfig(JSON.stringify({
            $schema: './schemas/journey.config.schema.json',
            severity: { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'warning' },
            ignore: ['drafts/**', './generated/', '**/*.wip.journey']
        }));
        assert.deepEqual(problems, []);
        assert.deepEqual(config.severity, { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'warning' });
        assert.deepEqual(config.ignore, ['drafts/**', 'generated', '**/*.wip.journey']);
    });

    it('accepts comments, like tsconfig.json', () => {
        const { config, problems } = parseProjectConfig('{\n  // quiet for now\n  "severity": { "journey/empty-stage": "hint" }\n}');
        assert.deepEqual(problems, []);
        assert.equal(config.severity['journey/empty-stage'], 'hint');
    });

    it('falls back to the defaults on invalid JSON, reporting one error where it breaks', () => {
        const text = '{\n  "severity": {\n    "journey/missing-owner": off\n  }\n}';
        const { config, problems } = parseProjectConfig(text);
        assert.equal(config, DEFAULT_PROJECT_CONFIG);
        assert.equal(problems.length, 1);
        assert.equal(problems[0].code, DiagnosticCode.InvalidConfig);
        assert.equal(problems[0].severity, 1);
        assert.deepEqual(problems[0].range.start, { line: 2, character: 29 });
        assert.match(String(problems[0].message), /not valid JSON \(invalid symbol\); the default settings apply/);
    });

    it('reports an empty file and a non-object document, and uses the defaults', () => {
        for (const text of ['', '   ', '[1, 2]', '"severity"']) {
            const { config, problems } = parseProjectConfig(text);
            assert.equal(config, DEFAULT_PROJECT_CONFIG, text);
            assert.equal(problems.length, 1, text);
            assert.equal(problems[0].severity, 1, text);
        }
    });

    it('skips bad entries with a diagnostic on each, keeping the valid ones', () => {
        const text = [
            '{',
            '  "severity": {',
            '    "missing-owner": "off",',
            '    "journey/empty-stage": "loud",',
            '    "journey/no-such-rule": "off",',
            '    "journey/kpi-off-track": "hint"',
            '  },',
            '  "ignore": ["ok/**", 3, ""],',
            '  "rules": {}',
            '}'
        ].join('\n');
        const { config, problems } = parseProjectConfig(text);
        assert.deepEqual(config.severity, { 'journey/kpi-off-track': 'hint' });
        assert.deepEqual(config.ignore, ['ok/**']);
        const summary = problems.map(p => [p.range.start.line, p.severity, p.message]);
        assert.deepEqual(summary, [
            [2, 2, "Unknown diagnostic code 'missing-owner' (did you mean 'journey/missing-owner'?); it is ignored."],
            [3, 1, "The severity of 'journey/empty-stage' must be one of error, warning, info, hint, off; the default applies."],
            [4, 2, "Unknown diagnostic code 'journey/no-such-rule'; it is ignored."],
            [7, 1, 'An ignore pattern must be a non-empty string; this one is skipped.'],
            [7, 1, 'An ignore pattern must be a non-empty string; this one is skipped.'],
            [8, 2, "Unknown setting 'rules' (expected 'severity', 'ignore' or 'locale'); it is ignored."]
        ]);
        // The range covers the offending token exactly.
        assert.deepEqual(problems[1].range, { start: { line: 3, character: 27 }, end: { line: 3, character: 33 } });
    });

    it('reads the reader\'s locale and reports a bad one, English applying', () => {
        assert.equal(parseProjectConfig('{ "locale": "sv" }').config.locale, 'sv');
        assert.equal(parseProjectConfig('{}').config.locale, undefined);
        for (const [value, shown] of [['"no"', '"no"'], ['"DA"', '"DA"'], ['7', '7'], ['["da"]', '["da"]']]) {
            const { config, problems } = parseProjectConfig(`{ "locale": ${value} }`);
            assert.equal(config.locale, undefined, value);
            assert.deepEqual(problems.map(p => [p.severity, p.message, p.range.start.character]),
                [[1, `'locale' must be one of en, da, nb, sv (got ${shown}); English applies.`, 12]], value);
        }
    });

    it('reports wrongly shaped sections', () => {
        const { problems } = parseProjectConfig('{ "severity": ["off"], "ignore": "drafts" }');
        assert.deepEqual(problems.map(p => String(p.message).split(' ')[0]), ["'severity'", "'ignore'"]);
    });

    it('lets every diagnostic code be configured except the config file\'s own and syntax errors', () => {
        assert.ok(CONFIGURABLE_CODES.includes(DiagnosticCode.MissingOwner));
        assert.ok(!CONFIGURABLE_CODES.includes(DiagnosticCode.SyntaxError));
        assert.ok(!CONFIGURABLE_CODES.includes(DiagnosticCode.InvalidConfig));
        assert.equal(CONFIGURABLE_CODES.length, Object.keys(DiagnosticCode).length - 2);
    });

    it('never changes the severity of a syntax error, whatever the config holds', () => {
        const config = { severity: { 'journey/syntax-error': 'off' as const }, ignore: [] };
        const diagnostics = [{ code: DiagnosticCode.SyntaxError, severity: 1 as const }];
        assert.deepEqual(applySeverities(config, diagnostics), diagnostics);
    });
});

describe('journey.config.json severities', () => {
    const config = parseProjectConfig(JSON.stringify({
        severity: { 'journey/missing-owner': 'off', 'journey/kpi-off-track': 'error', 'journey/unused-definition': 'warning' }
    })).config;

    it('drops diagnostics set to off and re-ranks the configured ones', () => {
        const result = applySeverities(config, [
            diagnostic('journey/missing-owner', 2),
            diagnostic('journey/kpi-off-track', 3),
            diagnostic('journey/unused-definition', 4),
            diagnostic('journey/emotion-out-of-range', 1)
        ]);
        assert.deepEqual(result.map(d => [d.code, d.severity]), [
            ['journey/kpi-off-track', 1],
            ['journey/unused-definition', 2],
            ['journey/emotion-out-of-range', 1]
        ]);
    });

    it('does not modify the diagnostics it is given', () => {
        const input = [diagnostic('journey/kpi-off-track', 3)];
        applySeverities(config, input);
        assert.equal(input[0].severity, 3);
    });

    it('keeps everything as it is with the defaults', () => {
        const input = [diagnostic('journey/missing-owner', 2)];
        assert.equal(applySeverities(DEFAULT_PROJECT_CONFIG, input), input);
    });
});

describe('journey.config.json ignore globs', () => {
    const config = parseProjectConfig(JSON.stringify({ ignore: ['drafts', 'archive/**', '**/*.wip.journey', '.hidden/*.journey'] })).config;

    it('ignores files matching a glob relative to the config folder', () => {
        assert.ok(isIgnoredPath(config, 'archive/2023/old.journey'));
        assert.ok(isIgnoredPath(config, 'team/plan.wip.journey'));
        assert.ok(isIgnoredPath(config, '.hidden/x.journey'));
    });

    it('ignores everything inside an ignored folder', () => {
        assert.ok(isIgnoredPath(config, 'drafts'));
        assert.ok(isIgnoredPath(config, 'drafts/a/b.journey'));
    });

    it('keeps other files, and files outside the config folder', () => {
        assert.ok(!isIgnoredPath(config, 'webshop.journey'));
        assert.ok(!isIgnoredPath(config, 'team/drafts.journey'));
        assert.ok(!isIgnoredPath(config, '../drafts/x.journey'));
        assert.ok(!isIgnoredPath(DEFAULT_PROJECT_CONFIG, 'drafts/x.journey'));
    });

    it('accepts Windows separators in the path', () => {
        assert.ok(isIgnoredPath(config, 'archive\\2023\\old.journey'));
    });
});
