// Installs (through install.sh), starts and stops code-server 4.100.3, and opens
// its workbench in Debian's headless Chromium. Used by the extension-host suite
// (test/vscode/run-code-server.mjs) and the UI smoke test (test/ui/).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const HERE = path.dirname(fileURLToPath(import.meta.url));

export function codeServerDir() {
    return process.env.JOURNEY_CODE_SERVER_DIR
        ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'journey-dsl', `code-server-${CODE_SERVER_VERSION}`);
}

function codeServerBin() {
    return path.join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

/** Installs code-server into the cache directory unless it is there already. */
export function ensureCodeServer() {
    const result = spawnSync('bash', [path.join(HERE, 'install.sh')], { stdio: 'inherit', env: process.env });
    if (result.status !== 0) {
        throw new Error(`installing code-server ${CODE_SERVER_VERSION} failed (exit ${result.status})`);
    }
}

/**
 * Settings that keep dialogs and tours off the workbench. In a browser, VS Code saves
 * files a second after each edit by default (`files.autoSave` is `afterDelay` on the
 * web, `off` on the desktop): the suites' unsaved edits would reach the files on disk
 * that later tests read, so the workbench behaves as the desktop does.
 */
function writeUserSettings(userDataDir, extra = {}) {
    const folder = path.join(userDataDir, 'User');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'files.autoSave': 'off',
        ...extra
    }, undefined, 2));
}

/** Installs a packaged extension into an extensions directory. */
export function installExtension(vsix, { extensionsDir, userDataDir }) {
    const result = spawnSync(codeServerBin(), [
        '--install-extension', vsix, '--force',
        '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir
    ], { encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/**
 * Starts code-server on 127.0.0.1 without authentication and resolves once it
 * listens. `env` reaches the extension host (the suite reads its settings there).
 */
export async function startCodeServer({ userDataDir, extensionsDir, env = {}, settings = {}, log = () => {} }) {
    if (!existsSync(codeServerBin())) {
        throw new Error(`code-server is not installed in ${codeServerDir()}: run scripts/code-server/install.sh`);
    }
    writeUserSettings(userDataDir, settings);
    mkdirSync(extensionsDir, { recursive: true });
    const port = await freePort();
    const child = spawn(codeServerBin(), [
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir
    ], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

    await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60000);
        const onData = chunk => {
            const text = chunk.toString();
            output += text;
            log(text);
            if (/HTTP server listening on/.test(output)) {
                clearTimeout(timer);
                resolve();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', code => {
            clearTimeout(timer);
            reject(new Error(`code-server exited with ${code} before listening:\n${output}`));
        });
    });

    return {
        port,
        origin: `http://127.0.0.1:${port}`,
        /** The workbench URL for a folder; `payload` holds development/test options. */
        workbenchUrl(folder, payload) {
            const url = new URL(`http://127.0.0.1:${port}/`);
            url.searchParams.set('folder', folder);
            if (payload) {
                url.searchParams.set('payload', JSON.stringify(payload));
            }
            return url.toString();
        },
        /** A path on this machine as the workbench's remote URI. */
        remoteUri(absolutePath) {
            return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
        },
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null) {
                return;
            }
            const exited = new Promise(resolve => child.once('exit', resolve));
            // code-server runs the extension host and other helpers as its children: end the group we started.
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
            await exited;
            clearTimeout(timer);
        }
    };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium through playwright-core (no browser download), quiet on a closed network. */
export async function launchChromium() {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
    });
}
