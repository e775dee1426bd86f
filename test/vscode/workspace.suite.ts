import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
    activateExtension, askUntil, codeOf, describe as describeDiagnostics, hasCode, openDocument, rangeOf, waitForDiagnostics,
    waitForEvent, workspaceUri
} from './helpers.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('workspace', () => {
    before(activateExtension);

    describe('files created, renamed and deleted outside the editor', () => {
        const folder = workspaceUri('watched');
        const definition = workspaceUri('watched', 'team.journey');
        const unresolved = (found: vscode.Diagnostic[]) => found.some(d => codeOf(d) === 'journey/unresolved-reference' && d.message.includes('NewTeam'));

        after(async () => {
            await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
        });

        it('picks up a new file, a renamed one and a deleted one', async () => {
            await vscode.workspace.fs.writeFile(workspaceUri('watched', 'uses.journey'), encode('journey UsesNewTeam {\n    owner NewTeam\n    stage S { touchpoint T }\n}\n'));
            const user = await openDocument('watched/uses.journey');
            await waitForDiagnostics(user.uri, unresolved);

            await vscode.workspace.fs.writeFile(definition, encode('owner NewTeam "A team created on disk"\n'));
            await waitForDiagnostics(user.uri, found => !unresolved(found));

            const renamedAway = workspaceUri('watched', 'team.txt');
            await vscode.workspace.fs.rename(definition, renamedAway);
            await waitForDiagnostics(user.uri, unresolved);

            await vscode.workspace.fs.rename(renamedAway, definition);
            await waitForDiagnostics(user.uri, found => !unresolved(found));

            await vscode.workspace.fs.delete(definition);
            await waitForDiagnostics(user.uri, unresolved);
        });
    });

    describe('journey.config.json', () => {
        const config = workspaceUri('journey.config.json');
        const offTrack = (found: vscode.Diagnostic[]) => found.filter(d => codeOf(d) === 'journey/kpi-off-track');

        afterEach(async () => {
            await vscode.workspace.fs.delete(config, { useTrash: false }).then(undefined, () => undefined);
        });

        it('re-ranks and silences diagnostics as soon as the file changes', async () => {
            const shared = await openDocument('shared.journey');
            await waitForDiagnostics(shared.uri, found => offTrack(found).length === 5 && offTrack(found)[0].severity === vscode.DiagnosticSeverity.Information);

            await vscode.workspace.fs.writeFile(config, encode(JSON.stringify({ severity: { 'journey/kpi-off-track': 'warning' } })));
            await waitForDiagnostics(shared.uri, found => offTrack(found).length === 5 && offTrack(found).every(d => d.severity === vscode.DiagnosticSeverity.Warning));

            await vscode.workspace.fs.writeFile(config, encode(JSON.stringify({ severity: { 'journey/kpi-off-track': 'off' } })));
            await waitForDiagnostics(shared.uri, found => offTrack(found).length === 0);

            await vscode.workspace.fs.delete(config, { useTrash: false });
            await waitForDiagnostics(shared.uri, found => offTrack(found).length === 5 && offTrack(found)[0].severity === vscode.DiagnosticSeverity.Information);
        });

        it('reports a broken config on the file, checked by the server and by the JSON schema', async () => {
            const shared = await openDocument('shared.journey');
            await vscode.workspace.fs.writeFile(config, encode('{\n    "severity": {\n        "journey/kpi-off-track": "loud"\n    }\n}\n'));
            const document = await openDocument('journey.config.json');
            assert.equal(document.languageId, 'jsonc');
            const diagnostics = await waitForDiagnostics(config, found =>
                hasCode(found, 'journey/invalid-config') && found.some(d => d.source !== 'journey'));
            const ours = diagnostics.find(d => codeOf(d) === 'journey/invalid-config')!;
            assert.deepEqual(ours.range, rangeOf(document, '"loud"'));
            assert.equal(ours.severity, vscode.DiagnosticSeverity.Error);
            const schema = diagnostics.find(d => d.source !== 'journey')!;
            assert.equal(schema.range.start.line, 2, describeDiagnostics(diagnostics));
            // The broken entry is skipped: the default severity applies.
            const found = await waitForDiagnostics(shared.uri, all => offTrack(all).length === 5);
            assert.ok(offTrack(found).every(d => d.severity === vscode.DiagnosticSeverity.Information));
        });

        it('completes diagnostic codes in the config from the contributed schema', async () => {
            await vscode.workspace.fs.writeFile(config, encode('{\n    "severity": {\n        \n    }\n}\n'));
            const document = await openDocument('journey.config.json');
            // VS Code's JSON language server starts with the file and loads the contributed
            // schema after: until then its list has no codes. Asked again until they come.
            const labelsOf = (list: vscode.CompletionList) => list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
            const list = await askUntil(() => vscode.commands.executeCommand<vscode.CompletionList>(
                'vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 8)),
            answer => labelsOf(answer).some(label => label.includes('journey/kpi-off-track')));
            const labels = labelsOf(list);
            assert.ok(labels.some(label => label.includes('journey/missing-owner')), labels.join(', '));
            assert.ok(labels.some(label => label.includes('journey/kpi-off-track')), labels.join(', '));
        });
    });

    describe('settings', () => {
        const setting = 'inlayHints.inheritedOwner';

        async function update(value: boolean | undefined): Promise<void> {
            if (vscode.workspace.getConfiguration('journey').inspect(setting)?.globalValue === value) {
                return; // no change event would come
            }
            const changed = waitForEvent(vscode.workspace.onDidChangeConfiguration, event => event.affectsConfiguration(`journey.${setting}`), 10000, () => `journey.${setting} to change`);
            await vscode.workspace.getConfiguration('journey').update(setting, value, vscode.ConfigurationTarget.Global);
            await changed;
        }

        async function hints(document: vscode.TextDocument): Promise<vscode.InlayHint[]> {
            const range = new vscode.Range(0, 0, document.lineCount, 0);
            return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
        }

        /** The hints once they satisfy `done`. */
        function hintsWhen(document: vscode.TextDocument, done: (found: vscode.InlayHint[]) => boolean): Promise<vscode.InlayHint[]> {
            return askUntil(() => hints(document), done);
        }

        afterEach(() => update(undefined));

        // A file of its own: the examples may carry another suite's edits by now.
        const inherits = workspaceUri('inherits.journey');
        after(() => vscode.workspace.fs.delete(inherits, { useTrash: false }).then(undefined, () => undefined));

        it('turns the inherited-owner inlay hints off and on without a reload', async () => {
            await vscode.workspace.fs.writeFile(inherits, encode('journey Inherits {\n    stage S {\n        owner Marketing\n        touchpoint First { emotion 1 }\n        touchpoint Second { emotion 1 }\n    }\n}\n'));
            const document = await openDocument('inherits.journey');
            const before = await hintsWhen(document, found => found.length === 2);
            assert.equal(before.length, 2, 'both touchpoints inherit their owner from the stage');
            await update(false);
            assert.deepEqual(await hintsWhen(document, found => found.length === 0), []);
            await update(true);
            assert.equal((await hintsWhen(document, found => found.length === before.length)).length, before.length);
        });
    });
});
