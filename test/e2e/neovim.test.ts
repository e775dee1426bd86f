import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { builtBundle } from '../../bench/built.js';
import { ROOT } from '../helpers.js';

/** The README's Neovim snippet, as users copy it into init.lua. */
function readmeSnippet(): string {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Neovim**'));
    const match = /```lua\n([\s\S]*?)```/.exec(section);
    assert.ok(match, 'the README has a Lua block for Neovim');
    return match[1];
}

// After the snippet: open the file, then record what the server sent.
const DRIVER = `
local result = { diagnostics = {}, completion = {}, errors = {} }
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('JOURNEY_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.bo[bufnr].filetype == 'journey', 'filetype: ' .. vim.bo[bufnr].filetype)
  -- A bound on the wait, not a measure: the assertions are on what arrived.
  vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, { line = d.lnum, message = d.message, code = lsp.code or d.code })
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 10 } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 60000) or {}
  for _, response in pairs(responses) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end
  vim.lsp.stop_client(vim.lsp.get_active_clients())
end)
if not ok then table.insert(result.errors, tostring(err)) end
local out = io.open(os.getenv('JOURNEY_RESULT'), 'w')
out:write(vim.fn.json_encode(result))
out:close()
vim.cmd('qall!')
`;

describe('journey lsp in Neovim (Debian\'s 0.7, headless, with the README\'s init.lua snippet)', function () {
    this.timeout(120000);
    let folder: string;
    before(() => { folder = mkdtempSync(path.join(tmpdir(), 'journey-nvim-')); });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('receives diagnostics for the opened file and completes owners from the workspace', () => {
        // `journey` on the PATH, as after `npm install -g journey-dsl`: this build's CLI.
        const bin = path.join(folder, 'bin');
        mkdirSync(bin);
        writeFileSync(path.join(bin, 'journey'), `#!/bin/sh\nexec "${process.execPath}" "${builtBundle('cli/main.cjs')}" "$@"\n`);
        chmodSync(path.join(bin, 'journey'), 0o755);
        const workspace = path.join(folder, 'workspace');
        mkdirSync(workspace);
        writeFileSync(path.join(workspace, 'owners.journey'), 'owner Sales "Sales team"\nowner Support\n');
        const file = path.join(workspace, 'broken.journey');
        writeFileSync(file, 'journey J {\n    owner Nobody\n    stage S {\n        touchpoint T { channel web }\n');
        const script = path.join(folder, 'test.lua');
        writeFileSync(script, readmeSnippet() + DRIVER);
        const resultFile = path.join(folder, 'result.json');
        const nvim = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], {
            cwd: workspace,
            encoding: 'utf8',
            env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, JOURNEY_FILE: file, JOURNEY_RESULT: resultFile }
        });
        assert.equal(nvim.status, 0, nvim.stderr);
        const result = JSON.parse(readFileSync(resultFile, 'utf8')) as {
            diagnostics: Array<{ line: number; message: string; code: string }>; completion: string[]; errors: string[];
        };
        assert.deepEqual(result.errors, []);
        assert.ok(result.diagnostics.some(d => d.code === 'journey/unresolved-reference' && d.line === 1 && d.message.includes('Nobody')), JSON.stringify(result.diagnostics));
        assert.ok(result.diagnostics.some(d => d.code === 'journey/syntax-error'), JSON.stringify(result.diagnostics));
        assert.ok(result.completion.includes('Sales') && result.completion.includes('Support'), result.completion.join(', '));
    });
});
