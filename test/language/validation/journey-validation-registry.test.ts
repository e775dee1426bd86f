import { strict as assert } from 'node:assert';
import type { AstNode } from 'langium';
import { DiagnosticCode } from '../../../src/language/diagnostic-codes.js';
import { buildWorkspace } from '../../helpers.js';

describe('validation registry', () => {
    it('turns a check that throws into one journey/internal-error on its node, and runs the other checks', async () => {
        const { services, change } = await buildWorkspace({ 'main.journey': 'owner O' });
        services.Journey.validation.ValidationRegistry.register({
            Touchpoint: function touchpointCrashes(node: AstNode) {
                throw new Error(`cannot read ${(node as { name?: string }).name}`);
            }
        });
        const logged: unknown[][] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { logged.push(args); };
        try {
            const document = await change('main.journey', 'journey J {\n  stage S {\n    touchpoint T\n  }\n}\n');
            const diagnostics = document.diagnostics ?? [];
            const internal = diagnostics.filter(d => d.code === DiagnosticCode.InternalError);
            assert.equal(internal.length, 1);
            assert.equal(internal[0].severity, 1);
            assert.equal(internal[0].range.start.line, 2);
            assert.equal(internal[0].message,
                'Internal error: touchpointCrashes failed here (cannot read T). The other checks ran; please report this.');
            assert.deepEqual((internal[0].data as { code: string }).code, DiagnosticCode.InternalError);
            assert.ok(diagnostics.some(d => d.code === DiagnosticCode.MissingOwner), 'the other checks still report');
            assert.ok(!diagnostics.some(d => d.code === undefined), 'no diagnostic without a code');
            assert.equal(logged.length, 1);
        } finally {
            console.error = original;
        }
    });
});
