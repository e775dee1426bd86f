import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CommandId, UNLISTED_COMMANDS } from '../../src/extension/command-ids.js';
import { ROOT } from '../helpers.js';

const contributes = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes;

function extensionSources(): string[] {
    const walk = (folder: string): string[] => readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        return statSync(full).isDirectory() ? walk(full) : name.endsWith('.ts') ? [full] : [];
    });
    return walk(path.join(ROOT, 'src', 'extension'));
}

describe('command ids', () => {
    const table = new Set<string>(Object.values(CommandId));

    it('lists every command package.json contributes, and contributes every listed one', () => {
        const contributed = new Set<string>(contributes.commands.map((command: { command: string }) => command.command));
        assert.deepEqual([...contributed].filter(id => !table.has(id)), [], 'contributed but not in CommandId');
        assert.deepEqual([...table].filter(id => !contributed.has(id) && !UNLISTED_COMMANDS.has(id as CommandId)), [], 'in CommandId but not contributed');
        assert.deepEqual([...UNLISTED_COMMANDS].filter(id => contributed.has(id)), [], 'unlisted yet contributed');
    });

    it('knows every command the menus and keybindings name', () => {
        const named = [
            ...Object.values(contributes.menus as Record<string, Array<{ command: string }>>).flat(),
            ...contributes.keybindings
        ].map((entry: { command: string }) => entry.command);
        assert.deepEqual(named.filter(id => !table.has(id)), []);
    });

    it('registers every command of the table', () => {
        const sources = extensionSources().map(file => readFileSync(file, 'utf8')).join('\n');
        const registered = Object.keys(CommandId).filter(key => new RegExp(`registerCommand\\(\\s*CommandId\\.${key}\\b`).test(sources));
        assert.deepEqual(Object.keys(CommandId).filter(key => !registered.includes(key)), []);
    });

    it('is the only place in src/extension that spells a command id', () => {
        const table = path.join(ROOT, 'src', 'extension', 'command-ids.ts');
        const spelled = extensionSources()
            .filter(file => file !== table)
            .flatMap(file => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ file, line: i + 1, text: line })))
            .filter(({ text }) => Object.values(CommandId).some(id => text.includes(`'${id}'`)))
            .map(({ file, line }) => `${path.relative(ROOT, file)}:${line}`);
        assert.deepEqual(spelled, []);
    });
});
