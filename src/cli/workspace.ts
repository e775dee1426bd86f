// Synchronous: Node's promise API is a module of its own (with readline's) that every
// journey check would load at start, and the files are read one after another anyway.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    createJourneyCoreServices, type JourneyCoreServices, type JourneySharedCoreServices
} from '../language/journey-core-module.js';
import type { JourneyIndexManager } from '../language/journey-index-manager.js';
import { InputError } from './input-error.js';

export { InputError };

export interface LoadedWorkspace {
    shared: JourneySharedCoreServices;
    services: JourneyCoreServices;
    documents: LangiumDocument[];
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'out', 'dist']);

/** Every `.journey` file under the given files and directories, sorted. */
export async function findJourneyFiles(paths: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const given of paths) {
        let stat;
        try {
            stat = statSync(given);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            throw new InputError(code === 'ENOENT' ? `${given}: no such file or directory` : `${given}: cannot read (${code ?? error})`);
        }
        if (stat.isDirectory()) {
            await walk(given, found);
        } else {
            found.add(path.resolve(given));
        }
    }
    return [...found].sort();
}

async function walk(directory: string, found: Set<string>): Promise<void> {
    let entries;
    try {
        entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
        throw new InputError(`${directory}: cannot read directory (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    for (const entry of entries) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
            await walk(full, found);
        } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.journey')) {
            found.add(path.resolve(full));
        }
    }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text (a leading BOM dropped); anything else is an InputError. */
export async function readJourneyText(file: string): Promise<string> {
    let bytes: Uint8Array;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new InputError(`${displayPath(file)}: cannot read file (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    try {
        return utf8.decode(bytes);
    } catch {
        throw new InputError(`${displayPath(file)}: not a UTF-8 text file (${describeFirstInvalidByte(bytes)})`);
    }
}

function describeFirstInvalidByte(bytes: Uint8Array): string {
    for (let end = 1; end <= bytes.length; end++) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
        } catch {
            return `invalid byte at offset ${end - 1}`;
        }
    }
    return 'truncated UTF-8 sequence at the end';
}

/** A project config file as read: `journey.config.json`, or the file given with --config. */
export interface ConfigFileText {
    /** Absolute; the folder it governs is its directory. */
    file: string;
    text: string;
}

export interface LoadOptions {
    /** Validate the documents (default true). */
    validation?: boolean;
    /** Services to load into (default: new ones without a project config). */
    services?: ReturnType<typeof createJourneyCoreServices>;
}

export interface CommandServiceOptions {
    /**
     * False for a command that builds once and asks nothing about references (no
     * find-references, no updates): the documents' references are not indexed (journey-index-manager.ts).
     */
    indexesReferences?: boolean;
}

/**
 * The Journey services of a command: the core ones, without the language server's
 * (each command starts as a fresh process, so loading less starts it sooner). With a config file, its folder gets that
 * config through the editor's own code path (the shared ProjectConfig service):
 * the validator re-ranks and drops diagnostics, ignored files are left out.
 */
export function createCommandServices(config?: ConfigFileText, options: CommandServiceOptions = {}): ReturnType<typeof createJourneyCoreServices> {
    const services = createJourneyCoreServices(NodeFileSystem);
    if (options.indexesReferences === false) {
        (services.shared.workspace.IndexManager as JourneyIndexManager).indexesReferences = false;
    }
    if (config) {
        services.shared.workspace.ProjectConfig.set(URI.file(path.dirname(config.file)), config.text);
    }
    return services;
}

/** Loads the files as one workspace (one scope, like a project) and builds it (validated unless told not to). */
export async function loadWorkspace(files: Array<{ file: string; text: string }>, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const { shared, Journey } = options.services ?? createCommandServices();
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = files.map(({ file, text }) => {
        const document = factory.fromString(text, URI.file(path.resolve(file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: options.validation ?? true });
    return { shared, services: Journey, documents };
}

/**
 * One file with the other `.journey` files of its workspace (default: the
 * file's directory), loaded and linked as one workspace: the file's document.
 */
export async function loadFileInWorkspace(file: string, workspace: string | undefined, options: { validation?: boolean } = {}): Promise<LangiumDocument> {
    const target = (await findJourneyFiles([file]))[0];
    if (target === undefined || statSync(file).isDirectory()) {
        throw new InputError(`${file}: a directory; give one .journey file`);
    }
    const others = (await findJourneyFiles([workspace ?? path.dirname(target)])).filter(other => other !== target);
    const texts = [{ file: target, text: await readJourneyText(target) }];
    for (const other of others) {
        texts.push({ file: other, text: await readJourneyText(other) });
    }
    const { documents } = await loadWorkspace(texts, options);
    return documents[0];
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
