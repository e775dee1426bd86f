#!/usr/bin/env node
// Runs the same extension-host suite with @vscode/test-electron, on machines that
// can download a VS Code build (these cannot: use run-code-server.mjs here).
// VSCODE_VERSION picks the build (default 1.100.3, the one code-server 4.100.3 embeds).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { checkBuilt, prepareWorkspace, stageExtension } from './workspace.mjs';

try {
    checkBuilt();
} catch (error) {
    console.error(error.message);
    process.exit(2);
}

const workspace = prepareWorkspace();
const extension = stageExtension(path.join(path.dirname(workspace), 'extension'));
try {
    await runTests({
        version: process.env.VSCODE_VERSION ?? '1.100.3',
        extensionDevelopmentPath: extension,
        extensionTestsPath: path.join(extension, 'out', 'test', 'vscode', 'index.cjs'),
        launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
    });
} catch (error) {
    console.error(`The extension-host suite failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
}
