import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, ROOT } from '../helpers.js';
import { packedProject } from './packed.js';

function git(repository: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: repository, encoding: 'utf8' }).trim();
}

/** Debian's pre-commit, with its cache inside the test's folder. */
describe('the pre-commit hooks (.pre-commit-hooks.yaml)', function () {
    this.timeout(120000);
    let folder: string;
    let repository: string;
    let env: NodeJS.ProcessEnv;

    function commit(message: string) {
        const result = spawnSync('git', ['commit', '-q', '-m', message], { cwd: repository, encoding: 'utf8', env });
        return { code: result.status, output: result.stdout + result.stderr };
    }

    before(() => {
        const { project } = packedProject();
        folder = mkdtempSync(path.join(tmpdir(), 'journey-pre-commit-'));
        env = { ...process.env, PRE_COMMIT_HOME: path.join(folder, 'cache'), GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com',
            GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

        // The hooks repository: this repository's hook definitions, committed, installed by revision like a release tag.
        const hooks = path.join(folder, 'hooks');
        mkdirSync(hooks);
        copyFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hooks, '.pre-commit-hooks.yaml'));
        git(hooks, 'init', '-q');
        git(hooks, 'add', '.');
        execFileSync('git', ['commit', '-q', '-m', 'hooks'], { cwd: hooks, env });
        const rev = git(hooks, 'rev-parse', 'HEAD');

        // The adopting repository: journey-dsl installed from the packed tarball.
        repository = path.join(folder, 'repository');
        mkdirSync(repository);
        git(repository, 'init', '-q');
        symlinkSync(path.join(project, 'node_modules'), path.join(repository, 'node_modules'));
        writeFileSync(path.join(repository, '.gitignore'), 'node_modules\n');
        writeFileSync(path.join(repository, '.pre-commit-config.yaml'),
            `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: journey-check\n      - id: journey-format\n`);
        copyFileSync(path.join(EXAMPLES, 'shared.journey'), path.join(repository, 'shared.journey'));
        execFileSync('pre-commit', ['install'], { cwd: repository, env, stdio: 'ignore' });
        // The examples' own layout may differ from the formatter's: format before the first commit.
        execFileSync(path.join(repository, 'node_modules', '.bin', 'journey'), ['format', 'shared.journey'], { cwd: repository });
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('lets a clean, formatted file through', () => {
        git(repository, 'add', '.');
        const result = commit('clean');
        assert.equal(result.code, 0, result.output);
        assert.match(result.output, /journey check\.+Passed/);
        assert.match(result.output, /journey format --check\.+Passed/);
    });

    it('blocks a commit with a broken file, naming the file and position', () => {
        writeFileSync(path.join(repository, 'broken.journey'), 'journey Broken {\n    owner Nobody\n    stage S {\n        touchpoint T { channel web }\n    }\n}\n');
        git(repository, 'add', 'broken.journey');
        const result = commit('broken');
        assert.notEqual(result.code, 0);
        assert.match(result.output, /journey check\.+Failed/);
        assert.match(result.output, /broken\.journey:2:\d+: error journey\/unresolved-reference/);
        assert.equal(git(repository, 'log', '--format=%s').split('\n').length, 1);
        git(repository, 'rm', '-q', '--cached', 'broken.journey');
        rmSync(path.join(repository, 'broken.journey'));
    });

    it('blocks a valid file that is not formatted, and lets it through once formatted', () => {
        const file = path.join(repository, 'owners.journey');
        writeFileSync(file, 'owner   Sales    "Sales team"\n');
        git(repository, 'add', 'owners.journey');
        const blocked = commit('unformatted');
        assert.notEqual(blocked.code, 0);
        assert.match(blocked.output, /journey check\.+Passed/);
        assert.match(blocked.output, /journey format --check\.+Failed/);
        assert.match(blocked.output, /owners\.journey/);
        execFileSync(path.join(repository, 'node_modules', '.bin', 'journey'), ['format', 'owners.journey'], { cwd: repository });
        assert.equal(readFileSync(file, 'utf8'), 'owner Sales "Sales team"\n');
        git(repository, 'add', 'owners.journey');
        const result = commit('formatted');
        assert.equal(result.code, 0, result.output);
    });
});
