import { strict as assert } from 'node:assert';
import { DocumentState, isOperationCancelled } from 'langium';
import { buildWorkspace, workspaceUri } from '../helpers.js';

describe('document builder', () => {
    it('cancels a request that waits for a build that does not come, instead of hanging', async () => {
        const { services } = await buildWorkspace({ 'a.journey': 'journey A { }' });
        // A build that has started and never finishes: without a deadline this wait never ends.
        const builder = services.shared.workspace.DocumentBuilder;
        (builder as unknown as { currentState: DocumentState }).currentState = DocumentState.Parsed;
        const waiting = builder.waitUntil(DocumentState.Validated);
        await assert.rejects(waiting, error => isOperationCancelled(error));
    });

    it('lets a request through at once when its document is built', async () => {
        const { services } = await buildWorkspace({ 'a.journey': 'journey A { }' });
        const uri = await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, workspaceUri('a.journey'));
        assert.equal(uri?.toString(), workspaceUri('a.journey').toString());
    });
});
