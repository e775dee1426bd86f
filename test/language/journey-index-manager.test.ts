import { strict as assert } from 'node:assert';
import { buildWorkspace, workspaceUri } from '../helpers.js';

describe('journey index manager: which documents a change affects', () => {
    const files = {
        'a.journey': 'journey A { owner Team stage S { touchpoint T { owner Team } } }',
        'b.journey': 'owner Team "The team"',
        'c.journey': 'owner Other "Another team"'
    };

    it('says a document is affected by a change of a document it refers to, and only then', async () => {
        const { services, documents } = await buildWorkspace(files);
        const index = services.shared.workspace.IndexManager;
        const changed = (...names: string[]) => new Set(names.map(name => workspaceUri(name).toString()));
        assert.equal(index.isAffected(documents['a.journey'], changed('b.journey')), true);
        assert.equal(index.isAffected(documents['a.journey'], changed('c.journey')), false);
        assert.equal(index.isAffected(documents['a.journey'], changed('c.journey', 'b.journey')), true);
        assert.equal(index.isAffected(documents['b.journey'], changed('a.journey')), false);
    });

    it('follows a document\'s references as they change', async () => {
        const { services, documents, change } = await buildWorkspace(files);
        const index = services.shared.workspace.IndexManager;
        const other = new Set([workspaceUri('c.journey').toString()]);
        assert.equal(index.isAffected(documents['a.journey'], other), false);
        const a = await change('a.journey', files['a.journey'].replace('touchpoint T { owner Team }', 'touchpoint T { owner Other }'));
        assert.equal(index.isAffected(a, other), true);
        // b's owner is still used by the journey: a change of b still affects a.
        assert.equal(index.isAffected(a, new Set([workspaceUri('b.journey').toString()])), true);
    });

    it('relinks a document whose reference failed once the name it wants appears in another file', async () => {
        const { documents, change } = await buildWorkspace({ ...files, 'c.journey': '' });
        const a = documents['a.journey'];
        await change('a.journey', files['a.journey'].replace('stage S {', 'owner Missing stage S {'));
        assert.ok((a.diagnostics ?? []).some(d => d.code === 'journey/unresolved-reference'));
        await change('c.journey', 'owner Missing "Found"');
        assert.ok(!(a.diagnostics ?? []).some(d => d.code === 'journey/unresolved-reference'), JSON.stringify(a.diagnostics));
    });
});
