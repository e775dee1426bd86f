import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FormatRefusalNotice, type NoticeConnection } from '../../../src/language/lsp/journey-format-notice.js';
import { workspace } from '../../fixtures/lsp-fixtures.js';

function recordingConnection() {
    const shown: string[] = [];
    const logged: string[] = [];
    const connection: NoticeConnection = {
        console: { info: message => logged.push(message) },
        sendNotification: (_type, params) => shown.push(params.message)
    };
    return { connection, shown, logged };
}

describe('the notice for a document that cannot be formatted', () => {
    it('tells once per version why a file with a syntax error was not formatted, and logs every attempt', async () => {
        const env = await workspace({ 'broken.journey': 'owner O\njourney J {\n    stage S {\n        touchpoint T {\n}\n' });
        const document = env.docs['broken.journey'];
        const { connection, shown, logged } = recordingConnection();
        const notice = new FormatRefusalNotice(() => connection);
        assert.equal(notice.tell(document), true);
        assert.equal(notice.tell(document), true);
        assert.equal(shown.length, 1, 'asking twice shows one message');
        assert.match(shown[0], /^broken\.journey was not formatted: it has a syntax error at line \d+, column \d+ \(.+\)\. Fix it and format again\.$/);
        assert.doesNotMatch(shown[0], /\.\)/, 'the parser message loses its own period inside the parentheses');
        assert.equal(logged.length, 2);

        const edited = Object.create(document, {
            textDocument: { value: TextDocument.create(document.uri.toString(), 'journey', document.textDocument.version + 1, document.textDocument.getText()) }
        });
        notice.tell(edited);
        assert.equal(shown.length, 2, 'a new version of the text is told again');
    });

    it('says nothing about a document that parses, and the formatter formats it through the LSP entry', async () => {
        const env = await workspace({ 'fine.journey': 'owner O\njourney J { owner O stage S { touchpoint T } }\n' });
        const { connection, shown, logged } = recordingConnection();
        assert.equal(new FormatRefusalNotice(() => connection).tell(env.docs['fine.journey']), false);
        assert.deepEqual([shown, logged], [[], []]);
        const edits = await env.Journey.lsp.Formatter.formatDocument(env.docs['fine.journey'], { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true } });
        assert.ok(edits.length > 0);
    });

    it('works without a connection (the CLI, in-process tests)', async () => {
        const env = await workspace({ 'broken.journey': 'journey J {' });
        assert.equal(new FormatRefusalNotice(() => undefined).tell(env.docs['broken.journey']), true);
        assert.deepEqual(env.Journey.lsp.Formatter.formatDocument(env.docs['broken.journey'], { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true } }), []);
    });
});
