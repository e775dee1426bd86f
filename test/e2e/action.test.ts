import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, ROOT } from '../helpers.js';
import { packedProject } from './packed.js';

const SCRIPT = path.join(ROOT, 'action', 'run.sh');

/** Runs the action's script in `repository` as the composite action does on a runner, with the packed CLI. */
function runAction(repository: string, runner: string, env: Record<string, string>) {
    const outputFile = path.join(runner, 'output');
    const summaryFile = path.join(runner, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const result = spawnSync('bash', [SCRIPT], {
        cwd: repository,
        encoding: 'utf8',
        env: {
            ...process.env, RUNNER_TEMP: runner, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile,
            JOURNEY_PACKAGE: packedProject().tarball, npm_config_prefer_offline: 'true', ...env
        }
    });
    const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map(line => line.split(/=(.*)/s).slice(0, 2)));
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

function git(repository: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repository, encoding: 'utf8' }).trim();
}

describe('the GitHub Action (action.yml and action/run.sh)', function () {
    this.timeout(180000);
    let folder: string;
    let repository: string;
    let runner: string;
    let base: string;

    before(() => {
        packedProject();
        folder = mkdtempSync(path.join(tmpdir(), 'journey-action-'));
        repository = path.join(folder, 'repository');
        runner = path.join(folder, 'runner');
        mkdirSync(runner);
        cpSync(EXAMPLES, path.join(repository, 'specs'), { recursive: true });
        git(repository, 'init', '-q', '-b', 'main');
        git(repository, 'add', '.');
        git(repository, 'commit', '-q', '-m', 'base');
        base = git(repository, 'rev-parse', 'HEAD');
        // The pull request: a touchpoint renamed, and an owner that does not exist.
        const file = path.join(repository, 'specs', 'webshop.journey');
        const text = readFileSync(file, 'utf8');
        const head = text
            .replace('touchpoint ProductPage "Product page"', 'touchpoint ProductPage "Painting page"')
            .replace('owner Ecommerce\n            pain "Hard to judge', 'owner Nobody\n            pain "Hard to judge');
        assert.notEqual(head, text);
        writeFileSync(file, head);
        git(repository, 'commit', '-q', '-am', 'head');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('annotates the errors, writes the SARIF log and the comment body, and reports the exit code for the last step', () => {
        const result = runAction(repository, runner, { JOURNEY_PATHS: 'specs', JOURNEY_SARIF: 'true', JOURNEY_BASE: base });
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /^::error file=specs\/webshop\.journey,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=journey\/unresolved-reference::.*Nobody/m);
        assert.equal(result.outputs['exit-code'], '1');

        const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'], 'utf8'));
        assert.equal(sarif.version, '2.1.0');
        const finding = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'journey/unresolved-reference');
        assert.equal(finding.locations[0].physicalLocation.artifactLocation.uri, 'specs/webshop.journey');

        const comment = readFileSync(result.outputs['comment-file'], 'utf8');
        assert.match(comment, /^<!-- journey-dsl -->\n### Journey changes/);
        assert.match(comment, /Painting page/);
        assert.match(comment, /Product page/);
        assert.equal(result.outputs.changed, 'true');
        assert.match(result.summary, /### Journey changes/);
    });

    it('comments in the language of "locale" in the repository\'s journey.config.json', () => {
        const config = path.join(repository, 'journey.config.json');
        writeFileSync(config, '{ "locale": "da" }\n');
        try {
            const result = runAction(repository, runner, { JOURNEY_PATHS: 'specs', JOURNEY_SARIF: 'false', JOURNEY_BASE: base });
            assert.equal(result.code, 0, result.stderr);
            const comment = readFileSync(result.outputs['comment-file'], 'utf8');
            assert.match(comment, /^<!-- journey-dsl -->\n### Ændringer i rejserne\n\n\*\*1 kontaktpunkt ændret\*\*\n\n#### Rejse Webshop\n/);
            assert.match(comment, /\| ændret<br>titel: “Product page” → “Painting page”/);
        } finally {
            rmSync(config);
        }
    });

    it('passes on the base revision, writing neither SARIF nor a comment when they are turned off', () => {
        git(repository, 'checkout', '-q', base);
        try {
            const result = runAction(repository, runner, { JOURNEY_PATHS: 'specs', JOURNEY_SARIF: 'false' });
            assert.equal(result.code, 0, result.stderr);
            assert.equal(result.outputs['exit-code'], '0');
            assert.doesNotMatch(result.stdout, /^::error/m);
            assert.equal(result.outputs['sarif-file'], undefined);
            assert.equal(result.outputs['comment-file'], undefined);
        } finally {
            git(repository, 'checkout', '-q', 'main');
        }
    });

    it('reports input problems with exit code 2 instead of passing', () => {
        const result = runAction(repository, runner, { JOURNEY_PATHS: 'no-such-folder' });
        assert.equal(result.outputs['exit-code'], '2');
    });

    it('passes every input of action.yml to the script, and runs the packaged CLI, not a build of this repository', () => {
        const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
        assert.match(action, /using: composite/);
        assert.match(action, /run: '"\$GITHUB_ACTION_PATH\/action\/run\.sh"'/);
        for (const [input, variable] of [['paths', 'JOURNEY_PATHS'], ['strict', 'JOURNEY_STRICT'], ['sarif', 'JOURNEY_SARIF'],
            ['version', 'JOURNEY_VERSION'], ['package', 'JOURNEY_PACKAGE']]) {
            assert.match(action, new RegExp(`^  ${input}:`, 'm'), input);
            assert.match(action, new RegExp(`${variable}: \\$\\{\\{ inputs\\.${input} \\}\\}`), variable);
        }
        assert.match(action, /JOURNEY_BASE: \$\{\{ inputs\.comment == 'true' && github\.event\.pull_request\.base\.sha/);
        assert.doesNotMatch(action, /npm (ci|run build)/);
        const script = readFileSync(SCRIPT, 'utf8');
        assert.match(script, /package="\$\{JOURNEY_PACKAGE:-journey-dsl@\$version\}"/);
        assert.ok(existsSync(path.join(ROOT, 'package.json')));
    });
});
