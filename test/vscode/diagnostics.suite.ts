import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
    activateExtension, codeOf, describe as describeDiagnostics, hasCode, openDocument, openUntitled, positionIn, rangeOf,
    waitForDiagnostics, workspaceUri
} from './helpers.js';

describe('diagnostics', () => {
    before(activateExtension);

    it('resolves references into workspace files that were never opened', async () => {
        const webshop = await openDocument('webshop.journey');
        const shared = workspaceUri('shared.journey');
        assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === shared.toString()), 'shared.journey is not open');
        const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', webshop.uri, positionIn(webshop, 'owner Marketing', 8));
        assert.equal(locations.length, 1);
        const target = 'targetUri' in locations[0] ? locations[0].targetUri : locations[0].uri;
        assert.equal(target.toString(), shared.toString());
    });

    it('reports each mistake of the broken fixture with its code, severity and exact range', async () => {
        const document = await openDocument('broken.journey');
        const diagnostics = await waitForDiagnostics(document.uri, found => found.length >= 2);
        assert.deepEqual(diagnostics.map(codeOf).sort(), ['journey/emotion-out-of-range', 'journey/unresolved-reference'], describeDiagnostics(diagnostics));

        const unresolved = diagnostics.find(d => codeOf(d) === 'journey/unresolved-reference')!;
        assert.deepEqual(unresolved.range, rangeOf(document, 'Nobody'));
        assert.equal(unresolved.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(unresolved.message, "Unknown owner 'Nobody'.");

        const emotion = diagnostics.find(d => codeOf(d) === 'journey/emotion-out-of-range')!;
        const value = rangeOf(document, 'emotion 7');
        assert.deepEqual(emotion.range, new vscode.Range(value.end.translate(0, -1), value.end));
        assert.equal(emotion.severity, vscode.DiagnosticSeverity.Error);
    });

    it('reports the examples\' off-track KPIs as information and nothing else', async () => {
        const document = await openDocument('shared.journey');
        const diagnostics = await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/kpi-off-track'));
        assert.deepEqual(diagnostics.map(d => [codeOf(d), d.severity]),
            Array(5).fill(['journey/kpi-off-track', vscode.DiagnosticSeverity.Information]));
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [26, 32, 37, 42, 47]);
    });

    it('keeps checking after a syntax error', async () => {
        const document = await openUntitled('journey Typos {\n    stage S {\n        emotion\n    }\n    stage T { emotion 9 touchpoint X }\n}\n');
        const diagnostics = await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/syntax-error'));
        assert.ok(hasCode(diagnostics, 'journey/emotion-out-of-range'), describeDiagnostics(diagnostics));
    });

    it('updates diagnostics as the text changes', async () => {
        const document = await openUntitled('journey Edited {\n    owner Markting\n    stage S { touchpoint T }\n}\n');
        await waitForDiagnostics(document.uri, found => hasCode(found, 'journey/unresolved-reference'));
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, rangeOf(document, 'Markting'), 'Marketing');
        assert.ok(await vscode.workspace.applyEdit(edit));
        // 'Marketing' is defined in shared.journey; a diagnostic-free result arrives as an event.
        await waitForDiagnostics(document.uri, found => !hasCode(found, 'journey/unresolved-reference'));
    });
});
