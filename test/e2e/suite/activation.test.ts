import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverMarkdownAt, openCopyOf, openDraft, waitFor } from './editorHelpers';

suite('Activation', () => {
  test('the extension starts with the editor, before any draft is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the editor`);
    // This suite runs first: no workspace file has been opened yet, so only start-up can have activated it.
    assert.deepEqual(openWorkspaceFiles(), [], 'a workspace file is already open; the premise of this test does not hold');
    await waitFor('the extension to activate at start-up', () => extension.isActive, 20_000);

    const commands = await vscode.commands.getCommands(true);
    for (const id of ['sourcebook.openSource', 'sourcebook.defineTerm', 'sourcebook.insertCitation', 'sourcebook.checkDocument']) {
      assert.ok(commands.includes(id), `command ${id} is not registered after activation`);
    }
  });

  test('the knowledge index is read when a draft first needs it, not at start-up or for a document that is no draft', async function () {
    const logs = process.env.SOURCEBOOK_E2E_LOGS_DIR; // set by scripts/e2e/run-code-server.js
    if (!logs) this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('the extension to activate', () => extension.isActive, 20_000);

    // Documents that are not drafts do not count as a use: here, a copy of a draft as shown beside a diff.
    const copy = await openCopyOf('trilateral-memo.md');
    assert.equal(copy.document.languageId, 'markdown');
    await hoverMarkdownAt(copy.document.uri, new vscode.Position(0, 3));
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const firstUse = Date.now();
    const editor = await openDraft('trilateral-memo.md');
    assert.equal(editor.document.languageId, 'markdown');
    const loaded = await waitFor('"knowledge index loaded" in Output › Policy Sourcebook', () => indexLoadedAt(logs), 20_000);
    assert.ok(
      loaded.getTime() >= firstUse,
      `the index was read at ${loaded.toISOString()}, before a draft was opened at ${new Date(firstUse).toISOString()}`,
    );
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
    const unwanted = shipped.filter(
      (f) => /^(src|test|out|node_modules|scripts|bench|eval|knowledge)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'),
    );
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

/** Workspace files open in the editor (the workbench itself opens other models, e.g. for the Output view). */
function openWorkspaceFiles(): string[] {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return vscode.workspace.textDocuments
    .filter((d) => d.uri.scheme === 'file' && folder && d.uri.fsPath.startsWith(folder))
    .map((d) => d.uri.fsPath);
}

/**
 * When the extension's Output channel says the index was loaded (its log file under the editor's logs folder), or
 * undefined while it does not say so. Lines start with a local time stamp, "2024-01-31 12:34:56.789 [info] …".
 */
function indexLoadedAt(logsDir: string): Date | undefined {
  for (const file of listFiles(logsDir).filter((f) => f.startsWith(`${EXTENSION_ID}/`) || f.includes(`/${EXTENSION_ID}/`))) {
    const text = fs.readFileSync(path.join(logsDir, file), 'utf8');
    const line = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[info\] knowledge index loaded/m.exec(text);
    if (line) return new Date(`${line[1]}T${line[2]}`);
  }
  return undefined;
}
