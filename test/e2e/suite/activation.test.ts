import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDraft, waitFor } from './editorHelpers';

suite('Activation', () => {
  // No "not active before" check: the workbench itself opens plaintext models at start-up (onLanguage:plaintext).
  test('opening a Markdown draft activates the extension and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the editor`);
    const editor = await openDraft('trilateral-memo.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('the extension to activate', () => extension.isActive, 15_000);

    const commands = await vscode.commands.getCommands(true);
    for (const id of ['sourcebook.openSource', 'sourcebook.defineTerm']) {
      assert.ok(commands.includes(id), `command ${id} is not registered after activation`);
    }
  });

  test('the runner exercises the packaged .vsix as installed, and the package carries only what the extension needs', function () {
    // Set by scripts/e2e/run-code-server.js; other runners load the extension from the working tree.
    const installedDir = process.env.SOURCEBOOK_E2E_EXTENSIONS_DIR;
    if (!installedDir) this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const root = fs.realpathSync(extension.extensionPath);
    assert.ok(
      root.startsWith(fs.realpathSync(installedDir) + path.sep),
      `the extension was loaded from ${root}, not from the installed package in ${installedDir}`,
    );
    for (const needed of ['package.json', 'dist/extension.js', 'dist/knowledge.json']) {
      assert.ok(fs.existsSync(path.join(root, needed)), `the packaged extension lacks ${needed}`);
    }
    const shipped = listFiles(root);
    const unwanted = shipped.filter((f) => /^(src|test|out|node_modules|scripts|bench|eval|knowledge)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepEqual(unwanted, [], 'the .vsix ships development files; fix .vscodeignore');
  });
});

/** Every file under `root`, as forward-slash relative paths. */
function listFiles(root: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, rel) : [rel];
  });
}
