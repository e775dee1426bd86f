import { existsSync } from 'node:fs';
import { URI } from 'langium';
import { snapshotOf, type JourneySnapshot } from '../model/diff/journey-snapshot.js';
import { readRevisionFiles, splitRevisionSpec } from './git-revision.js';
import { assertParses } from './syntax-check.js';
import { displayPath, findJourneyFiles, loadWorkspace, readJourneyText } from './workspace.js';

/** One file of a side of a diff: what to call it in messages, where it is (or would be), its text. */
export interface SideFile {
    label: string;
    path: string;
    text: string;
}

/** A side given on the command line: a file, a directory, or `REV:path` (path from the repository root). */
export async function readSide(spec: string): Promise<SideFile[]> {
    const revision = existsSync(spec) ? undefined : splitRevisionSpec(spec);
    if (revision) {
        return readRevisionFiles(revision.revision, [revision.path], { fromRoot: true });
    }
    return readWorkingFiles([spec]);
}

/** The `.journey` files under the given paths of the working tree. */
export async function readWorkingFiles(paths: string[]): Promise<SideFile[]> {
    const files: SideFile[] = [];
    for (const file of await findJourneyFiles(paths)) {
        files.push({ label: displayPath(file), path: file, text: await readJourneyText(file) });
    }
    return files;
}

/**
 * Parses and links one side as a workspace of its own and returns its snapshot.
 * A file that does not parse is an input error naming it and the position.
 */
export async function loadSnapshot(files: SideFile[]): Promise<JourneySnapshot> {
    const { documents } = await loadWorkspace(files.map(({ path, text }) => ({ file: path, text })), { validation: false });
    const labels = new Map(files.map(file => [URI.file(file.path).toString(), file.label]));
    const label = (uri: string) => labels.get(uri) ?? URI.parse(uri).fsPath;
    for (const document of documents) {
        assertParses(document, label(document.uri.toString()));
    }
    return snapshotOf(documents, label);
}

