import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { applyWorkspaceEdit, workspace } from '../../fixtures/lsp-fixtures.js';
import { diagnose } from '../../helpers.js';

describe('syntax hints', () => {
    it('reports a block left open where it opens, with the parser error as related', async () => {
        const text = 'owner Sälj\njourney J {\n  owner Sälj\n  stage S {\n    touchpoint Jämförelse {\n      channel web\n    touchpoint Köp\n  }\n}\n';
        const diagnostics = await diagnose(text);
        const unclosed = diagnostics.filter(d => /is not closed/.test(String(d.message)));
        assert.deepEqual(unclosed.map(d => d.message), ["'touchpoint Jämförelse' is not closed: add '}' where its block ends."]);
        assert.equal(unclosed[0].code, DiagnosticCode.SyntaxError);
        assert.equal(unclosed[0].range.start.line, 4);
        assert.ok(unclosed[0].relatedInformation?.[0].message, 'the parser error is related');
    });

    it('says nothing of blocks in a file that parses', async () => {
        const diagnostics = await diagnose('owner Sälj\njourney J {\n  owner Sälj\n  stage S {\n    touchpoint T { channel web }\n  }\n}\n');
        assert.deepEqual(diagnostics.filter(d => /is not closed/.test(String(d.message))), []);
    });

    it('suggests unit "min" for a word after a KPI target, and the fix writes it', async () => {
        const text = 'owner Sälj\nkpi K {\n  owner Sälj\n  target <= 2 min\n}\n';
        const env = await workspace({ 'main.journey': text });
        const document = env.docs['main.journey'];
        const diagnostic = (document.diagnostics ?? []).find(d => /unit/.test(String(d.message)));
        assert.ok(diagnostic, (document.diagnostics ?? []).map(d => String(d.message)).join('\n'));
        assert.equal(diagnostic.message, "'min' after the target value: a KPI's unit is a property of its own, write unit \"min\".");
        const actions = await env.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(a => a.title === 'Write unit "min"');
        assert.ok(fix, actions.map(a => a.title).join(', '));
        const fixed = await workspace(applyWorkspaceEdit(env.docs, fix.edit));
        assert.equal(fixed.docs['main.journey'].textDocument.getText(), 'owner Sälj\nkpi K {\n  owner Sälj\n  target <= 2 unit "min"\n}\n');
        assert.deepEqual((fixed.docs['main.journey'].diagnostics ?? []).filter(d => d.severity === 1), []);
    });
});
