import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parse as parseJsonc } from 'jsonc-parser';
import { builtKnowledge, claimDiagnostics, hoverMarkdownAt, openCopyOf, waitFor, workspaceFile } from './editorHelpers';

/** A workspace draft whose claims the sources contradict (the checker warns on it; see claims.test). */
const DRAFT_WITH_CONFLICTS = 'claims-draft.md';

/** Where a glossary term of the index first occurs in `document` (any term: the test needs one, not a given one). */
function termPosition(document: vscode.TextDocument): vscode.Position {
  const text = document.getText();
  let best = -1;
  let length = 0;
  for (const term of builtKnowledge().terms) {
    for (const alias of term.aliases) {
      const at = text.indexOf(alias.text);
      if (at >= 0 && (best < 0 || at < best)) [best, length] = [at, alias.text.length];
    }
  }
  assert.ok(best >= 0, `no glossary term occurs in ${document.uri.toString()}`);
  return document.positionAt(best + Math.floor(length / 2));
}

async function hasSourcebookHover(document: vscode.TextDocument): Promise<boolean> {
  const { markdown } = await hoverMarkdownAt(document.uri, termPosition(document));
  return markdown.includes('command:sourcebook.');
}

/** Closes every editor, dropping unsaved test drafts without asking. */
async function closeAll(): Promise<void> {
  for (let n = 0; n < 20 && vscode.window.visibleTextEditors.length > 0; n++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

suite('Which documents are drafts', () => {
  const draftText = () => fs.readFileSync(workspaceFile(DRAFT_WITH_CONFLICTS).fsPath, 'utf8');

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('sourcebook').update('languages', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('a copy of a draft in another scheme (as beside a diff) gets no claim diagnostics, so none shows twice', async () => {
    const copy = (await openCopyOf(DRAFT_WITH_CONFLICTS)).document;
    assert.equal(copy.languageId, 'markdown');
    // The same text as a new draft is checked: once its warnings are there, the copy has had its chance too.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftText() });
    await vscode.window.showTextDocument(untitled, { preview: false });
    await waitFor('claim diagnostics on the untitled draft', () => claimDiagnostics(untitled.uri).length > 0, 20_000);
    assert.deepEqual(
      claimDiagnostics(copy.uri).map((d) => d.message),
      [],
      'the copy has claim diagnostics of its own',
    );
    assert.equal(await hasSourcebookHover(copy), false, 'the copy shows Sourcebook hovers');
    assert.equal(await hasSourcebookHover(untitled), true, 'the untitled draft shows no Sourcebook hover');
    await closeAll();
  });

  test('a language added to "sourcebook.languages" gets hovers and claim checks at once, and loses them when removed', async () => {
    const known = await vscode.languages.getLanguages();
    const defaults = vscode.workspace.getConfiguration('sourcebook').get<string[]>('languages', []);
    // Any prose language the editor knows that is not on by default; these ship with VS Code.
    const added = ['latex', 'restructuredtext', 'asciidoc', 'html'].find((l) => known.includes(l) && !defaults.includes(l));
    assert.ok(added, `none of the candidate languages is known to this editor: ${known.join(', ')}`);
    const document = await vscode.workspace.openTextDocument({ language: added, content: draftText() });
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(await hasSourcebookHover(document), false, `${added} shows Sourcebook hovers before it is added`);

    const config = vscode.workspace.getConfiguration('sourcebook');
    await config.update('languages', [...defaults, added], vscode.ConfigurationTarget.Global);
    await waitFor(`claim diagnostics in the ${added} draft`, () => claimDiagnostics(document.uri).length > 0, 20_000);
    assert.equal(await hasSourcebookHover(document), true, `no Sourcebook hover in ${added} after adding it`);

    await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(`the ${added} draft's claim diagnostics to go away`, () => claimDiagnostics(document.uri).length === 0, 20_000);
    assert.equal(await hasSourcebookHover(document), false, `${added} still shows Sourcebook hovers after removing it`);
    await closeAll();
  });
});

suite('Insert Citation keybinding', () => {
  /** The editor's default keybindings for this platform, with every extension's contributions. */
  async function defaultKeybindings(): Promise<{ key: string; command: string; when?: string }[]> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    return parseJsonc(document.getText()) as { key: string; command: string; when?: string }[];
  }

  test('needs no Alt (AltGr types letters on many layouts) and shares its keys with no other command', async () => {
    const bindings = await defaultKeybindings();
    const ours = bindings.filter((b) => b.command === 'sourcebook.insertCitation');
    assert.equal(ours.length, 1, `expected one default keybinding for Insert Citation, found ${JSON.stringify(ours)}`);
    const { key } = ours[0];
    assert.ok(!/\balt\b/.test(key), `"${key}" uses Alt: Ctrl+Alt is AltGr, which types a character on Polish, German and other layouts`);
    const clashes = bindings.filter((b) => b.key === key && b.command !== 'sourcebook.insertCitation');
    assert.deepEqual(clashes, [], `"${key}" is already bound by the editor or a built-in extension`);
  });
});
