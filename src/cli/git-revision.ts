import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { InputError } from './workspace.js';

/** A file as stored in a git revision: `label` is `REV:path` (path from the repository root). */
export interface RevisionFile {
    label: string;
    /** Where the file would be in the working tree (absolute); identifies it, nothing is read from there. */
    path: string;
    text: string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'out', 'dist']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The `.journey` files under `paths` in revision `revision`, read through git.
 * Paths are relative to the working directory (as with `--git REV`); with
 * `fromRoot` they are relative to the repository root, as in git's `REV:path`,
 * unless they start with `./` or `../`.
 */
export async function readRevisionFiles(revision: string, paths: string[], options: { cwd?: string; fromRoot?: boolean } = {}): Promise<RevisionFile[]> {
    const cwd = options.cwd ?? process.cwd();
    if (revision === '' || revision.startsWith('-')) {
        throw new InputError(`'${revision}': not a revision`);
    }
    const root = (await git(['rev-parse', '--show-toplevel'], cwd, 'not inside a git repository')).toString('utf8').trim();
    await git(['rev-parse', '--verify', '--quiet', `${revision}^{tree}`], root, `unknown revision '${revision}'`);
    const relative = paths.map(given => {
        const fromCwd = !options.fromRoot || given.startsWith('./') || given.startsWith('../') || given === '.' || given === '..';
        const absolute = fromCwd ? path.resolve(cwd, given) : path.resolve(root, given);
        const inRepo = path.relative(root, absolute);
        if (inRepo.startsWith('..') || path.isAbsolute(inRepo)) {
            throw new InputError(`${revision}:${given}: outside the repository`);
        }
        return inRepo.split(path.sep).join('/');
    });
    const entries: Array<{ object: string; file: string }> = [];
    for (const [index, pathInRepo] of relative.entries()) {
        const listing = await git(['ls-tree', '-r', '-z', '--full-name', revision, '--', pathInRepo || '.'], root, `cannot list ${revision}`);
        const found = parseTree(listing).filter(entry => entry.file === pathInRepo || isJourneyFile(entry.file));
        if (found.length === 0 && pathInRepo !== '' && !(await exists(root, revision, pathInRepo))) {
            throw new InputError(`${revision}:${paths[index]}: no such file or directory in ${revision}`);
        }
        entries.push(...found);
    }
    const unique = [...new Map(entries.map(entry => [entry.file, entry])).values()].sort((a, b) => a.file < b.file ? -1 : 1);
    const blobs = await readBlobs(root, unique.map(entry => entry.object));
    return unique.map((entry, i) => {
        const label = `${revision}:${entry.file}`;
        let text: string;
        try {
            text = utf8.decode(blobs[i]);
        } catch {
            throw new InputError(`${label}: not a UTF-8 text file`);
        }
        return { label, path: path.join(root, ...entry.file.split('/')), text };
    });
}

/** Whether `spec` reads as `REV:path` rather than a path of the working tree. */
export function splitRevisionSpec(spec: string): { revision: string; path: string } | undefined {
    const colon = spec.indexOf(':');
    // `C:\…` is a Windows drive, not a revision.
    if (colon <= 0 || (colon === 1 && /^[a-zA-Z]:[\\/]/.test(spec))) {
        return undefined;
    }
    return { revision: spec.slice(0, colon), path: spec.slice(colon + 1) };
}

function isJourneyFile(file: string): boolean {
    return file.endsWith('.journey') && !file.split('/').some(segment => SKIPPED_DIRECTORIES.has(segment));
}

function parseTree(listing: Buffer): Array<{ object: string; file: string }> {
    const entries = [];
    for (const record of listing.toString('utf8').split('\0')) {
        // `<mode> <type> <object>\t<path>`
        const tab = record.indexOf('\t');
        const [, type, object] = record.slice(0, tab).split(' ');
        if (tab > 0 && type === 'blob') {
            entries.push({ object, file: record.slice(tab + 1) });
        }
    }
    return entries;
}

async function exists(root: string, revision: string, pathInRepo: string): Promise<boolean> {
    try {
        await git(['cat-file', '-e', `${revision}:${pathInRepo}`], root, '');
        return true;
    } catch {
        return false;
    }
}

/** Every blob's bytes through one `git cat-file --batch`, in order. */
async function readBlobs(root: string, objects: string[]): Promise<Buffer[]> {
    if (objects.length === 0) {
        return [];
    }
    const output = await git(['cat-file', '--batch'], root, 'cannot read files from git', objects.join('\n') + '\n');
    const blobs: Buffer[] = [];
    let offset = 0;
    for (const object of objects) {
        const headerEnd = output.indexOf(0x0a, offset);
        // `<object> blob <size>\n<content>\n`
        const size = Number(output.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        if (!Number.isInteger(size)) {
            throw new InputError(`cannot read object ${object} from git`);
        }
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return blobs;
}

function git(args: string[], cwd: string, failure: string, input?: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
            if (error) {
                const code = (error as NodeJS.ErrnoException).code;
                const reason = code === 'ENOENT' ? 'git is not installed' : stderr.toString('utf8').trim().split('\n')[0];
                reject(new InputError(reason && failure ? `${failure} (${reason})` : failure || reason));
            } else {
                resolve(stdout);
            }
        });
        if (input !== undefined) {
            child.stdin?.end(input);
        }
    });
}
