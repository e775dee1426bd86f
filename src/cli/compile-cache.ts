import { isAscii } from 'node:buffer';
import { type BigIntStats, closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * Loads one of the CLI's own CommonJS bundles (out/cli/check.cjs, commands.cjs) with
 * a V8 code cache, so that a process that starts over and over (pre-commit hooks, CI)
 * does not parse and compile a megabyte of JavaScript each time:
 * - Node 22.1 and later: Node's own compile cache (`module.enableCompileCache()`,
 *   which honours NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE), then `require`;
 * - Node 20: the bundle is compiled with `vm.Script` from the cache file if there is
 *   one; when there is none or V8 rejects it (another Node version, other V8 flags),
 *   the process writes a new one when it exits, so that the functions the command
 *   compiled while it ran are in it too.
 * The cache lives in NODE_COMPILE_CACHE (Node's variable) or in a folder of the
 * user's own under the system's temporary folder; a folder someone else owns or
 * may write to is not used. Any failure just means no cache: the bundle still loads.
 */

export type CacheOutcome =
    /** Node's own compile cache handles it (Node 22.1+). */
    | 'node'
    /** Compiled from the cache file. */
    | 'accepted'
    /** No cache file yet: one is written at exit. */
    | 'created'
    /** V8 rejected the file: a new one is written at exit. */
    | 'rejected'
    /** No cache: disabled, or no usable folder. */
    | 'off';

export interface LoadedBundle {
    exports: unknown;
    cache: CacheOutcome;
    /** The cache file (for `accepted`, `created` and `rejected`). */
    cacheFile?: string;
    /** Writes the cache file now if this load is to write one (`created`, `rejected`); otherwise nothing. */
    writeCache(): void;
}

export interface LoadOptions {
    /** The environment to read NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE from. */
    env?: NodeJS.ProcessEnv;
    /** Use the vm.Script cache even where Node has its own (for tests). */
    forceScriptCache?: boolean;
    /** Write the cache when the process exits (default); tests call writeCache() themselves. */
    writeAtExit?: boolean;
}

/** Loads the CommonJS file at `file` (an absolute path) and returns its exports. */
export function loadBundle(file: string, options: LoadOptions = {}): LoadedBundle {
    const env = options.env ?? process.env;
    const nodeCache = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
    if (typeof nodeCache === 'function' && !options.forceScriptCache) {
        nodeCache();
        return { exports: Module.createRequire(file)(file), cache: 'node', writeCache: () => undefined };
    }
    const require = Module.createRequire(file);
    const folder = env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder(env);
    const { wrapped, content, stat } = readWrapped(file);
    // esbuild writes ASCII: read as Latin-1, Node hands a bundle this size to V8 without decoding it.
    const source = isAscii(content) ? wrapped.toString('latin1') : `${WRAPPER[0]}${content.toString('utf8')}${WRAPPER[1]}`;
    const cacheFile = folder ? path.join(folder, cacheFileName(file, stat)) : undefined;
    const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
    const script = new vm.Script(source, { filename: file, cachedData });
    const cache: CacheOutcome = !cacheFile ? 'off' : !cachedData ? 'created' : script.cachedDataRejected ? 'rejected' : 'accepted';
    let pending = cache === 'created' || cache === 'rejected';
    const writeCache = () => {
        if (pending && cacheFile) {
            pending = false;
            writeCacheFile(cacheFile, script.createCachedData());
        }
    };
    if (pending && options.writeAtExit !== false) {
        process.once('exit', writeCache);
    }
    const module = { exports: {} as unknown };
    const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
    compiled.call(module.exports, module.exports, require, module, file, path.dirname(file));
    return { exports: module.exports, cache, cacheFile, writeCache };
}

/** Node's CommonJS wrapper: the bundle's first line keeps its place, as under `require`. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/**
 * The file read in between the wrapper's two parts, in one buffer: V8 compiles one flat
 * string, where the wrapper added to the text would be a second copy of the megabyte
 * (a fresh megabyte costs a process as much as a small command's work). `content` is
 * the file's bytes alone, within `wrapped`.
 */
function readWrapped(file: string): { wrapped: Buffer; content: Buffer; stat: BigIntStats } {
    const fd = openSync(file, 'r');
    try {
        const stat = fstatSync(fd, { bigint: true });
        const size = Number(stat.size);
        const start = Buffer.byteLength(WRAPPER[0], 'latin1');
        const wrapped = Buffer.allocUnsafeSlow(start + size + Buffer.byteLength(WRAPPER[1], 'latin1'));
        wrapped.write(WRAPPER[0], 0, 'latin1');
        let length = 0;
        while (length < size) {
            const read = readSync(fd, wrapped, start + length, size - length, null);
            if (read === 0) break;
            length += read;
        }
        const end = start + length + wrapped.write(WRAPPER[1], start + length, 'latin1');
        return { wrapped: wrapped.subarray(0, end), content: wrapped.subarray(start, start + length), stat };
    } finally {
        closeSync(fd);
    }
}

/**
 * NODE_COMPILE_CACHE, else `journey-compile-cache-<uid>` in the temporary folder,
 * created for this user only. Undefined when the folder cannot be made or is not
 * the user's alone: another user's file there would be code this process runs.
 */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const folder = env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), uid === undefined ? 'journey-compile-cache' : `journey-compile-cache-${uid}`);
    try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const stat = lstatSync(folder);
        if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) {
            return undefined;
        }
        return folder;
    } catch {
        return undefined;
    }
}

/**
 * `<bundle>-<where>-<version>.<node>.v8cache`: `where` from the bundle's path, so that
 * two installations do not take turns overwriting one file; `version` names this version
 * of the file as the file system keeps it (its length, inode, and the times of its last
 * change of content and of any change, to the nanosecond), `node` Node's version and
 * architecture, so that a cache is not used for other code (V8 itself compares only the
 * source's length): writing or replacing the file sets its change time, which no program
 * can set back (npm sets the content time of what it installs to 1985; not this one).
 * Python names its bytecode caches by the source's time and size likewise, rather than
 * by reading it all: a checksum of the content costs more than the cache saves (zlib's
 * CRC-32 loads zlib and with it Node's twenty stream modules, node:crypto takes
 * milliseconds, one in JavaScript longer still). On a file system whose times count
 * whole seconds, a rewrite to the same length and inode within the second in which a
 * cache was made would take that cache; ext4, XFS, Btrfs, tmpfs, APFS and NTFS count
 * 100 ns or finer.
 */
function cacheFileName(file: string, stat: BigIntStats): string {
    const version = [stat.size, stat.ino, stat.mtimeNs, stat.ctimeNs].map(n => n.toString(36)).join('.');
    return `${path.basename(file, path.extname(file))}-${fnv(file)}-${version}.${fnv(`${process.version}\0${process.arch}`)}.v8cache`;
}

/** 32-bit FNV-1a, as 8 hex digits: names files, secures nothing. */
function fnv(text: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
}

function readOrUndefined(file: string): Buffer | undefined {
    let fd: number | undefined;
    try {
        fd = openSync(file, 'r');
        // Only a regular file of this user's (the folder is theirs alone, but NODE_COMPILE_CACHE may be any folder).
        const stat = fstatSync(fd);
        if (!stat.isFile() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) {
            return undefined;
        }
        return readFileSync(fd);
    } catch {
        return undefined;
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}

/** Writes the file whole or not at all (processes may start side by side), and drops this bundle's older caches. */
function writeCacheFile(file: string, data: Buffer): void {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, data, { mode: 0o600 });
        renameSync(temporary, file);
        const name = path.basename(file);
        const samePlace = name.slice(0, name.lastIndexOf('-') + 1);
        for (const other of readdirSync(path.dirname(file))) {
            if (other !== name && other.startsWith(samePlace) && other.endsWith('.v8cache')) {
                rmSync(path.join(path.dirname(file), other), { force: true });
            }
        }
    } catch {
        try {
            rmSync(temporary, { force: true });
        } catch {
            // Nothing more to do: the next run tries again.
        }
    }
}
