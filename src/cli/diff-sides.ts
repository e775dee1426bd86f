import { existsSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { snapshotOf, type JourneySnapshot } from '../model/diff/journey-snapshot.js';
import { readRevisionFiles, splitRevisionSpec } from './git-revision.js';
import { displayPath, findJourneyFiles, InputError, loadWorkspace, readJourneyText } from './workspace.js';

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
        const { lexerErrors, parserErrors } = document.parseResult;
        const first = [
            ...lexerErrors.map(error => ({ line: error.line ?? 1, column: error.column ?? 1, message: error.message })),
            ...parserErrors.map(error => ({ ...tokenPosition(document, error.token), message: error.message }))
        ].sort((a, b) => a.line - b.line || a.column - b.column)[0];
        if (first) {
            throw new InputError(`${label(document.uri.toString())}:${first.line}:${first.column}: syntax error: ${first.message}`);
        }
    }
    return snapshotOf(documents, label);
}

/** 1-based; a token the parser made up at the end of the file (line -1 or NaN) is placed there. */
function tokenPosition(document: LangiumDocument, token: { startLine?: number; startColumn?: number }): { line: number; column: number } {
    if (Number.isFinite(token.startLine) && token.startLine! >= 1) {
        return { line: token.startLine!, column: Number.isFinite(token.startColumn) && token.startColumn! >= 1 ? token.startColumn! : 1 };
    }
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return { line: end.line + 1, column: end.character + 1 };
}
