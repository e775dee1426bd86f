import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { JourneyDiff } from '../../src/model/diff/diff-model.js';
import { EXAMPLES } from '../helpers.js';
import { builtBundle } from '../../bench/built.js';
import { inDirectory, journey } from '../fixtures/journey-runner.js';

/** Some cases run the built CLI as a process: they need `npm run build`. */
const CLI = builtBundle('cli/main.cjs');

describe('journey diff', () => {
    let folder: string;
    let base: string;
    let head: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-diff-'));
        base = path.join(folder, 'base');
        head = path.join(folder, 'head');
        cpSync(EXAMPLES, base, { recursive: true });
        cpSync(EXAMPLES, head, { recursive: true });
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    function editHead(name: string, from: string, to: string): void {
        const file = path.join(head, name);
        const text = readFileSync(file, 'utf8');
        assert.ok(text.includes(from));
        writeFileSync(file, text.replace(from, to));
    }

    function git(...args: string[]): string {
        return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: folder, encoding: 'utf8' });
    }

    it('exits 0 without changes, and with --exit-code 0 unchanged and 1 changed', async () => {
        const same = await journey('diff', base, head, '--exit-code');
        assert.equal(same.code, 0, same.err);
        assert.equal(same.out, 'No changes.');
        editHead('webshop.journey', 'emotion -2', 'emotion -1');
        assert.equal((await journey('diff', base, head)).code, 0);
        const changed = await journey('diff', base, head, '--exit-code');
        assert.equal(changed.code, 1);
        assert.match(changed.out, /changed +touchpoint Purchase\.Checkout/);
        assert.match(changed.out, /emotion: -2 → -1/);
    });

    it('compares single files too', async () => {
        editHead('shared.journey', 'target >= 2.5%', 'target >= 3%');
        const result = await journey('diff', path.join(base, 'shared.journey'), path.join(head, 'shared.journey'));
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /changed +KPI CTR "Click-through rate"/);
        assert.match(result.out, /target: ≥ 2\.5% → ≥ 3%/);
    });

    it('prints the documented JSON and a Markdown comment', async () => {
        editHead('webshop.journey', 'touchpoint Search "Google search"', 'touchpoint GoogleSearch "Google search"');
        const json = await journey('diff', base, head, '--format', 'json');
        const parsed = JSON.parse(json.out) as JourneyDiff;
        assert.equal(parsed.version, 1);
        assert.deepEqual(parsed.summary, { added: 0, removed: 0, renamed: 1, moved: 0, modified: 0, total: 1 });
        assert.equal(parsed.changes[0].previousName, 'Webshop.Awareness.Search');
        assert.match(parsed.changes[0].location.file, /head[\\/]webshop\.journey$/);
        const markdown = await journey('diff', base, head, '--format', 'markdown');
        assert.match(markdown.out, /^### Journey changes\n\n\*\*1 touchpoint renamed\*\*/);
    });

    it('fails with exit 2 naming the file and position when a side does not parse', async () => {
        editHead('webshop.journey', '    stage Purchase "Purchase" {', '    stage Purchase "Purchase" {{');
        const result = await journey('diff', base, head);
        assert.equal(result.code, 2);
        assert.match(result.err, /head[\\/]webshop\.journey:\d+:\d+: syntax error: /);
        assert.equal(result.out, '');
    });

    it('rejects a wrong number of sides, an unknown format and a missing path with exit 2', async () => {
        const one = await journey('diff', base);
        assert.equal(one.code, 2);
        assert.match(one.err, /expected BASE and HEAD, got 1 argument/);
        assert.match(one.err, /Usage: journey diff/);
        assert.equal((await journey('diff', base, head, '--format', 'xml')).code, 2);
        const missing = await journey('diff', base, path.join(folder, 'nope'));
        assert.equal(missing.code, 2);
        assert.match(missing.err, /nope: no such file or directory/);
    });

    describe('with git', function () {
        this.timeout(60000);

        beforeEach(() => {
            // One repository: specs/ holds the examples, committed twice.
            rmSync(head, { recursive: true });
            git('init', '-q', '-b', 'main');
            mkdirSync(path.join(folder, 'specs'));
            cpSync(EXAMPLES, path.join(folder, 'specs'), { recursive: true });
            git('add', 'specs');
            git('commit', '-q', '-m', 'first');
            const file = path.join(folder, 'specs', 'webshop.journey');
            writeFileSync(file, readFileSync(file, 'utf8').replace('    stage Loyalty', '    stage Returns "Returns" { touchpoint Form }\n\n    stage Loyalty'));
            git('commit', '-q', '-am', 'second');
        });

        it('diffs two commits given as REV:path, paths from the repository root', async () => {
            const result = await inDirectory(path.join(folder, 'specs'), () => journey('diff', 'HEAD~1:specs', 'HEAD:specs', '--exit-code'));
            assert.equal(result.code, 1, result.err);
            assert.match(result.out, /added +stage Returns \(1 touchpoint\) {2}HEAD:specs\/webshop\.journey:\d+/);
            assert.match(result.out, /1 change: 1 stage added$/);
        });

        it('compares the working tree with a revision with --git', async () => {
            const file = path.join(folder, 'specs', 'shared.journey');
            writeFileSync(file, readFileSync(file, 'utf8').replace('current 44', 'current 52'));
            const result = await inDirectory(folder, () => journey('diff', '--git', 'HEAD~1', 'specs', '--format', 'json'));
            assert.equal(result.code, 0, result.err);
            const changes = (JSON.parse(result.out) as JourneyDiff).changes.map(c => `${c.change} ${c.kind} ${c.name}`);
            assert.deepEqual(changes, ['added stage Webshop.Returns', 'modified kpi NPS']);
            const clean = await inDirectory(path.join(folder, 'specs'), () => journey('diff', '--git', 'HEAD', '--exit-code'));
            assert.equal(clean.code, 1, clean.err);
            assert.match(clean.out, /current: 44 points → 52 points/);
        });

        it('names a revision side that does not parse, and an unknown revision or path', async () => {
            const file = path.join(folder, 'specs', 'shared.journey');
            writeFileSync(file, 'owner {\n');
            git('commit', '-q', '-am', 'broken');
            const broken = await inDirectory(folder, () => journey('diff', 'HEAD~1:specs', 'HEAD:specs'));
            assert.equal(broken.code, 2);
            assert.match(broken.err, /HEAD:specs\/shared\.journey:1:7: syntax error: /);
            const unknown = await inDirectory(folder, () => journey('diff', 'nosuchbranch:specs', 'HEAD:specs'));
            assert.equal(unknown.code, 2);
            assert.match(unknown.err, /unknown revision 'nosuchbranch'/);
            const missing = await inDirectory(folder, () => journey('diff', 'HEAD:nothing', 'HEAD:specs'));
            assert.equal(missing.code, 2);
            assert.match(missing.err, /HEAD:nothing: no such file or directory in HEAD/);
        });

        it('runs as the built command with git exit codes', () => {
            const result = spawnSync(process.execPath, [CLI, 'diff', 'HEAD~1:specs', 'HEAD:specs', '--exit-code', '--format', 'markdown'], { cwd: folder, encoding: 'utf8' });
            assert.equal(result.status, 1, result.stderr);
            assert.match(result.stdout, /\| ➕ \| stage \*\*Returns\*\* \| added \(1 touchpoint\) \|/);
        });
    });
});
