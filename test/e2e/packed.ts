import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers.js';

export interface PackedProject {
    /** The tarball `npm pack` wrote. */
    tarball: string;
    /** Its size in bytes and the paths it holds, as `npm pack --json` reports them. */
    size: number;
    files: string[];
    /** A new project that installed only the tarball: `npx journey` runs the packaged CLI. */
    project: string;
}

let packed: PackedProject | undefined;

/**
 * Packs this repository once per test run with `npm pack` (whose prepack step makes the
 * production bundles) and installs the tarball into a new, empty npm project. Its only
 * dependencies are the PNG and PDF libraries the CLI bundle loads from node_modules
 * (resvg is native): npm takes them from its cache when it has them (CI's `npm ci`
 * put them there). Removed when the process exits.
 */
export function packedProject(): PackedProject {
    if (packed) return packed;
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-packed-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const report = execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    // The prepack step's output comes first; npm's JSON report is the last thing written.
    const [{ filename, size, files }] = JSON.parse(report.slice(report.search(/^\[$/m)));
    const tarball = path.join(folder, filename);
    const project = path.join(folder, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'adopter', version: '1.0.0', private: true }, undefined, 2));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: project, stdio: 'ignore' });
    packed = { tarball, size, files: files.map((file: { path: string }) => file.path).sort(), project };
    return packed;
}
