import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdit, type Edit } from './edits.js';
import { FuzzedServer, sameDiagnostics, type FailureKind } from './server-fuzz.js';

const MAX_REPLAYS = 40;

/** Edits replayed on another text may point past its end: keep them inside. */
function clamp(edit: Edit, text: string): Edit {
    const start = Math.min(edit.start, text.length);
    return { start, end: Math.max(start, Math.min(edit.end, text.length)), text: edit.text };
}

/** Replays the edits on fresh servers; true when the failure of `kind` shows again. */
async function reproduces(examples: Record<string, string>, name: string, text: string, edits: Edit[], kind: FailureKind): Promise<boolean> {
    const main = await FuzzedServer.start(examples);
    const reference = await FuzzedServer.start(examples);
    try {
        let version = 1;
        const uri = main.open(name, text, version);
        let current = text;
        for (const raw of edits) {
            const edit = clamp(raw, current);
            main.change(uri, TextDocument.create(uri, 'journey', version, current), edit, ++version);
            current = applyEdit(current, edit);
        }
        const built = await main.built(uri, version);
        if (kind === 'crash') return main.crashReport() !== undefined;
        if (kind === 'hang') return !built;
        const referenceUri = reference.open(name, current, 1);
        await reference.built(referenceUri, 1);
        return sameDiagnostics(main.server.latestDiagnostics(uri) ?? [], reference.server.latestDiagnostics(referenceUri) ?? []) !== undefined;
    } finally {
        await main.dispose();
        await reference.dispose();
    }
}

/**
 * Drops chunks of the edit sequence (halves, then quarters, ... then single edits)
 * while the failure still reproduces, within a budget of replays. Failures that
 * need the interleaved requests to show are kept whole.
 */
export async function minimise(examples: Record<string, string>, name: string, text: string, edits: Edit[], kind: FailureKind): Promise<{ text: string; edits: Edit[] }> {
    let replays = 0;
    if (!(await reproduces(examples, name, text, edits, kind))) {
        return { text, edits };
    }
    let current = edits;
    for (let chunk = Math.ceil(current.length / 2); chunk >= 1 && replays < MAX_REPLAYS; chunk = Math.floor(chunk / 2)) {
        for (let start = 0; start < current.length && replays < MAX_REPLAYS;) {
            const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
            replays++;
            if (candidate.length > 0 && await reproduces(examples, name, text, candidate, kind)) {
                current = candidate;
            } else {
                start += chunk;
            }
        }
    }
    return { text, edits: current };
}
