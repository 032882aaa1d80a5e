import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { foldTypography } from '../../../src/core/text/normalize';
import { claimDiagnostics, REPO_ROOT, waitFor } from './editorHelpers';

/** A realistic memo with two claims the sources contradict, correct claims, and one ignored line. */
const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'drafts', 'history-brief.md');

/** Words of the draft the sources contradict, and the words that must stay free of claim diagnostics. */
const CONFLICTING = ['1966', '2013'];
const CORRECT = ['October 2018', 'summer 2019', 'December 2019'];
/** On the line after `<!-- sourcebook-ignore-next-line -->`. */
const IGNORED = 'August 2020';

function rangeOf(document: vscode.TextDocument, words: string): vscode.Range {
  const at = document.getText().indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in ${document.uri.fsPath}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + words.length));
}

suite('Claim checking in a draft', () => {
  let editor: vscode.TextEditor;

  let copyDir: string;

  suiteSetup(async () => {
    // The tests edit the draft and the editor may auto-save: work on a copy so the committed fixture never changes.
    copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-e2e-claims-'));
    const draft = path.join(copyDir, path.basename(FIXTURE));
    fs.copyFileSync(FIXTURE, draft);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(draft));
    editor = await vscode.window.showTextDocument(document, { preview: false });
  });

  suiteTeardown(async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(copyDir, { recursive: true, force: true });
  });

  test('conflicting claims get claim-conflict warnings on exactly the conflicting words', async () => {
    const document = editor.document;
    const diagnostics = await waitFor(
      'claim diagnostics on the conflicting years',
      () => {
        const found = claimDiagnostics(document.uri);
        return CONFLICTING.every((words) => found.some((d) => d.range.isEqual(rangeOf(document, words)))) ? found : undefined;
      },
      20_000,
    );
    for (const words of CONFLICTING) {
      const d = diagnostics.find((x) => x.range.isEqual(rangeOf(document, words)))!;
      assert.equal(d.code, 'claim-conflict');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(d.message.includes(words), `the message does not say what the draft claims: ${d.message}`);
      // One short sentence naming each source by its key; the quotes and full descriptions are related information.
      assert.match(d.message, /^The draft says “[^“”]+”, but the sources say [^.]+ \([\w-]+(?:, [\w-]+)*\)\.$/);
      assert.ok(d.relatedInformation && d.relatedInformation.length > 0, 'no related information points at the source quote');
      for (const r of d.relatedInformation) {
        // A source's document is sourcebook:/<key>/<title>.
        const key = /^\/([\w-]+)\//.exec(r.location.uri.path)?.[1];
        assert.ok(
          key && d.message.includes(key),
          `related information opens a source the message does not name: ${r.location.uri.toString()}`,
        );
        assert.ok(r.message.includes(' — '), `related information does not describe the source in full: ${r.message}`);
      }
      const related = d.relatedInformation[0];
      assert.equal(related.location.uri.scheme, 'sourcebook', 'related information does not open a source document');
      const source = await vscode.workspace.openTextDocument(related.location.uri);
      const quoted = foldTypography(source.getText(related.location.range));
      assert.ok(
        quoted.length > 0 && foldTypography(related.message).includes(quoted),
        `the related location is not the quoted passage: ${related.message}`,
      );
    }
  });

  test('correct and ignored claims get no diagnostic', () => {
    const document = editor.document;
    const diagnostics = claimDiagnostics(document.uri);
    for (const words of [...CORRECT, IGNORED]) {
      const range = rangeOf(document, words);
      const hit = diagnostics.find((d) => d.range.intersection(range));
      assert.equal(hit, undefined, `"${words}" is flagged: ${hit?.message}`);
    }
  });

  test('"Replace with the sourced value" rewrites the claim and its warning goes away', async () => {
    const document = editor.document;
    const range = rangeOf(document, CONFLICTING[0]);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
    const replace = actions.find((a) => a.isPreferred && a.title.startsWith('Replace'));
    assert.ok(replace?.edit, `no preferred "Replace" quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    // The sources contradict the claim as written: citing them would lend it their authority.
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Cite')).map((a) => a.title),
      [],
      'a source that contradicts the claim is offered as its citation',
    );
    const promised = replace.edit.get(document.uri);
    assert.equal(promised.length, 1);
    assert.ok(promised[0].range.isEqual(range), 'the fix does not replace exactly the conflicting words');
    const replacement = promised[0].newText;
    assert.notEqual(replacement, CONFLICTING[0]);
    assert.ok(replace.title.includes(replacement), `the title does not announce "${replacement}": ${replace.title}`);

    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(replace.edit), 'the editor refused the edit');
    const offset = before.indexOf(CONFLICTING[0]);
    assert.equal(document.getText(), before.slice(0, offset) + replacement + before.slice(offset + CONFLICTING[0].length));

    const fixed = new vscode.Range(range.start, document.positionAt(offset + replacement.length));
    await waitFor(
      'the warning on the fixed claim to go away',
      () => !claimDiagnostics(document.uri).some((d) => d.range.intersection(fixed)),
      20_000,
    );
    assert.ok(
      claimDiagnostics(document.uri).some((d) => d.range.isEqual(rangeOf(document, CONFLICTING[1]))),
      'the other conflict lost its warning after an edit elsewhere',
    );
  });

  test('"Sourcebook: Check Document" reports the number of remaining conflicts', async () => {
    await vscode.window.showTextDocument(editor.document);
    const count = await vscode.commands.executeCommand<number>('sourcebook.checkDocument');
    assert.equal(count, claimDiagnostics(editor.document.uri).length);
    assert.ok(count >= 1);
  });

  test('"Ignore this claim for the team" writes it to the ignore file and its warning goes away', async () => {
    const document = editor.document;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-e2e-ignore-'));
    const ignoreFile = path.join(dir, 'ignored-claims.json');
    const config = vscode.workspace.getConfiguration('sourcebook');
    await config.update('ignoreFile', ignoreFile, vscode.ConfigurationTarget.Global);
    try {
      const range = rangeOf(document, CONFLICTING[1]);
      await waitFor('the warning to ignore', () => claimDiagnostics(document.uri).some((d) => d.range.isEqual(range)), 20_000);
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
      const ignore = actions.find((a) => a.title.startsWith('Ignore this claim for the team'));
      assert.ok(ignore?.command, `no workspace-ignore fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? [])), true);

      const written = JSON.parse(fs.readFileSync(ignoreFile, 'utf8')) as { ignored: { fact: string; sentence: string }[] };
      assert.equal(written.ignored.length, 1);
      assert.ok(
        written.ignored[0].sentence.includes(CONFLICTING[1]),
        `the stored sentence is not the claim's: ${written.ignored[0].sentence}`,
      );
      await waitFor(
        "the ignored claim's warning to go away",
        () => !claimDiagnostics(document.uri).some((d) => d.range.intersection(range)),
        20_000,
      );
    } finally {
      await config.update('ignoreFile', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('"Ignore this claim here" inserts an ignore comment above a new conflicting paragraph and silences it', async () => {
    const document = editor.document;
    const added = '\nJapan and South Korea normalized relations in 1966.\n';
    const end = document.positionAt(document.getText().length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, end, added);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = document.getText().lastIndexOf('1966');
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + 4));
    await waitFor('a warning on the new paragraph', () => claimDiagnostics(document.uri).some((d) => d.range.isEqual(range)), 20_000);

    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
    const ignore = actions.find((a) => a.title.startsWith('Ignore this claim here'));
    assert.ok(ignore?.edit, `no inline-ignore fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    const lines = document.getText().split('\n');
    const claimLine = lines.findIndex((l) => l === 'Japan and South Korea normalized relations in 1966.');
    assert.match(lines[claimLine - 1], /^<!-- sourcebook-ignore-next-line [\w-]+ -->$/);
    await waitFor(
      "the ignored claim's warning to go away",
      () => !claimDiagnostics(document.uri).some((d) => d.range.start.line === claimLine),
      20_000,
    );
  });

  test('a conflict with no safe replacement keeps its warning and offers no "Replace" fix', async () => {
    const document = editor.document;
    // Replacing the actor by the sourced one would name the same party on both sides; the noun and the passive
    // cannot take a verb phrase.
    const claims: [string, string][] = [
      ['Tokyo threatened to withdraw from GSOMIA with South Korea.', 'Tokyo'],
      ["South Korea's withdrawal from GSOMIA shocked Washington.", 'withdrawal'],
      ['GSOMIA was terminated in 2019.', 'terminated'],
    ];
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), claims.map(([sentence]) => `\n${sentence}\n`).join(''));
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const [sentence, words] of claims) {
      const at = document.getText().lastIndexOf(sentence) + sentence.indexOf(words);
      const range = new vscode.Range(document.positionAt(at), document.positionAt(at + words.length));
      await waitFor(
        `a warning on "${words}" in "${sentence}"`,
        () => claimDiagnostics(document.uri).some((d) => d.range.isEqual(range) && d.code === 'claim-conflict'),
        20_000,
      );
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
      const titles = actions.map((a) => a.title);
      assert.ok(
        !titles.some((t) => t.startsWith('Replace') || t.startsWith('Cite')),
        `unsafe fixes offered for "${sentence}": ${titles.join(' | ')}`,
      );
      assert.ok(
        titles.some((t) => t.startsWith('Ignore this claim here')),
        `the ignore fixes are gone: ${titles.join(' | ')}`,
      );
    }
  });

  test('where the sources differ, "Cite" offers only the source the draft follows, and inserts its key', async () => {
    const document = editor.document;
    const sentence = 'The 2015 comfort women agreement remains intact as an official pact.';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), `\n${sentence}\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = document.getText().lastIndexOf(sentence);
    const line = document.positionAt(at).line;
    const diagnostic = await waitFor(
      'an information finding on the differing claim',
      () => claimDiagnostics(document.uri).find((d) => d.range.start.line === line && d.code === 'claim-sources-differ'),
      20_000,
    );
    const followed = /follows ([\w-]+)/.exec(diagnostic.message)?.[1];
    assert.ok(followed, `the message does not say which source the draft follows: ${diagnostic.message}`);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ?? [];
    const cites = actions.filter((a) => a.title.startsWith('Cite'));
    assert.deepEqual(
      cites.map((a) => a.title),
      [`Cite ${followed} for this claim`],
    );
    assert.ok(cites[0].edit && (await vscode.workspace.applyEdit(cites[0].edit)), 'the citation was not inserted');
    const lineText = document.lineAt(line).text;
    assert.ok(lineText.includes(`@${followed}`), `the sentence does not cite ${followed}: ${lineText}`);
  });
});
