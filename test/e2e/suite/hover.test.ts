import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { paragraphNumber } from '../../../src/core/citations';
import { authorNames } from '../../../src/core/sources/describe';
import { foldTypography } from '../../../src/core/text/normalize';
import {
  builtKnowledge,
  commandLinks,
  hoverMarkdownAt,
  openDraft,
  positionInside,
  termWithAlias,
  visibleText,
  waitFor,
} from './editorHelpers';

/** Mentions in the fixture draft a policy writer would hover, as written there. */
const HOVERED = ['1965 treaty', 'TISA', 'FOIP'];

suite('Term hovers in a draft', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await openDraft('trilateral-memo.md');
  });

  for (const phrase of HOVERED) {
    test(`hovering "${phrase}" shows its sourced definition and a quote from the index`, async () => {
      const term = termWithAlias(phrase);
      const position = positionInside(editor.document, phrase);
      const { hovers, markdown } = await hoverMarkdownAt(editor.document.uri, position);
      const text = visibleText(markdown);

      assert.ok(text.includes(term.name), `hover over "${phrase}" does not name ${term.name}:\n${text}`);
      assert.ok(text.includes(term.definition), `hover over "${phrase}" lacks the definition of ${term.id}:\n${text}`);
      assert.ok(term.citations.length > 0, `${term.id} has no citations in dist/knowledge.json`);
      assert.ok(text.includes(term.citations[0].quote), `hover over "${phrase}" lacks the quote "${term.citations[0].quote}"`);

      const ours = hovers.find((h) => h.range && h.range.contains(position));
      assert.ok(ours?.range, 'the hover has no range over the mention');
      assert.equal(editor.document.getText(ours.range).toLowerCase(), phrase.toLowerCase(), 'the hover range is not the mention');
    });
  }

  test('the hover\'s "Open source" link shows the source for reading: titled, wrapped, numbered, the quote selected mid-view', async () => {
    const term = termWithAlias('TISA');
    const { markdown } = await hoverMarkdownAt(editor.document.uri, positionInside(editor.document, 'TISA'));
    const open = commandLinks(markdown).find((l) => l.command === 'sourcebook.openSource');
    assert.ok(open, `the hover has no sourcebook.openSource link:\n${markdown}`);
    const args = open.args[0] as { source: string; start: number; end: number };
    const citation = term.citations.find((c) => c.source === args.source && c.start === args.start && c.end === args.end);
    assert.ok(citation, `the link opens ${JSON.stringify(args)}, which is none of ${term.id}'s citations`);

    const draftColumn = vscode.window.activeTextEditor?.viewColumn;
    await vscode.commands.executeCommand(open.command, ...open.args);
    const shown = await waitFor('a sourcebook: editor to become active', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'sourcebook' && active.document.languageId === 'sourcebook-source' ? active : undefined;
    });
    try {
      const kb = builtKnowledge();
      const source = kb.source(citation.source)!;
      const document = shown.document;
      assert.equal(path.posix.basename(document.uri.path), source.title, "the tab is not named by the source's title");
      assert.equal(document.lineAt(0).text, `# ${source.title}`);
      assert.ok(document.lineAt(2).text.startsWith(authorNames(source.authors)), `no author line: ${document.lineAt(2).text}`);
      assert.equal(shown.viewColumn, draftColumn, 'the source opened in another column (a split) instead of the active one');
      const editorConfig = vscode.workspace.getConfiguration('editor', document);
      assert.notEqual(editorConfig.get('wordWrap'), 'off', 'the source is not wrapped');

      const selected = document.getText(shown.selection);
      assert.equal(foldTypography(selected), foldTypography(citation.quote), 'the selection is not the quoted passage');
      const passage = kb.passage(citation.passage!)!;
      const mark = `¶ ${paragraphNumber(kb, passage)}  `;
      assert.ok(document.lineAt(shown.selection.start.line).text.startsWith(mark), `the quote's paragraph is not marked "${mark}"`);
      const view = shown.visibleRanges[0];
      assert.ok(view.contains(shown.selection.start), 'the quoted passage is selected but scrolled out of view');
      const third = (view.end.line - view.start.line) / 3;
      assert.ok(
        shown.selection.start.line >= view.start.line + third - 1 || view.start.line === 0,
        `the quote (line ${shown.selection.start.line}) is not in the middle of the view (lines ${view.start.line}–${view.end.line})`,
      );
      assert.equal(editor.document.isDirty, false, 'opening a source changed the draft');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('the hover\'s "Insert citation" cites the sentence holding the hovered term, wherever the text cursor is', async () => {
    const draft = await openDraft('trilateral-memo.md');
    const original = draft.document.getText();
    // The cursor stays in the memo's header, as when a reader moves only the mouse.
    draft.selection = new vscode.Selection(0, 2, 0, 2);
    const { markdown } = await hoverMarkdownAt(draft.document.uri, positionInside(draft.document, 'TISA'));
    const cite = commandLinks(markdown).find((l) => l.command === 'sourcebook.insertCitation');
    assert.ok(cite, `the hover has no "Insert citation" link:\n${markdown}`);
    try {
      const result = await vscode.commands.executeCommand<{ target: { source: string } } | undefined>(cite.command, ...cite.args);
      assert.ok(result, 'Insert citation inserted nothing');
      const text = draft.document.getText();
      let first = 0;
      while (first < original.length && text[first] === original[first]) first++;
      const term = original.indexOf('TISA');
      const paragraphEnd = original.indexOf('\n\n', term);
      const line = (offset: number) => original.slice(0, offset).split('\n').length;
      assert.ok(
        first > term && first < paragraphEnd,
        `the citation was inserted on line ${line(first)}, not in the sentence holding TISA (line ${line(term)}):\n${text.slice(0, paragraphEnd + 40)}`,
      );
      assert.ok(
        text.slice(first, first + 40).includes(`@${result.target.source}`),
        `no citation of ${result.target.source} at the insertion: ${text.slice(first, first + 40)}`,
      );
    } finally {
      // Written back and saved rather than reverted: the editor may have auto-saved the insertion already.
      const whole = new vscode.Range(draft.document.positionAt(0), draft.document.positionAt(draft.document.getText().length));
      await draft.edit((b) => b.replace(whole, original));
      await draft.document.save();
    }
  });

  test('a term hard-wrapped across two lines of a plain-text draft still gets its hover, over both lines', async () => {
    const term = termWithAlias('1965 treaty');
    const draft = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Tokyo holds that wartime labor claims were settled by the 1965\ntreaty, while Seoul disagrees.\n',
    });
    try {
      const position = positionInside(draft, 'treaty,');
      const { hovers, markdown } = await hoverMarkdownAt(draft.uri, position);
      assert.ok(visibleText(markdown).includes(term.definition), `no definition of ${term.id} when the alias wraps:\n${markdown}`);
      const ours = hovers.find((h) => h.range?.contains(position));
      assert.ok(ours?.range, 'the hover has no range over the mention');
      assert.equal(draft.getText(ours.range), '1965\ntreaty');
    } finally {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a term inside a code span gets no definition hover, the same term in prose beside it does', async () => {
    const term = termWithAlias('TISA');
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Run `grep TISA notes.txt` to list the notes on TISA.\n',
    });
    try {
      const inCode = await hoverMarkdownAt(draft.uri, positionInside(draft, 'TISA'));
      assert.ok(!visibleText(inCode.markdown).includes(term.definition), `a term in a code span got a definition:\n${inCode.markdown}`);
      const inProse = await hoverMarkdownAt(draft.uri, positionInside(draft, 'TISA', 2));
      assert.ok(visibleText(inProse.markdown).includes(term.definition), `the term in prose got no definition:\n${inProse.markdown}`);
    } finally {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the hover settings are honoured: at most sourcebook.hover.maxQuotes quotes, none when disabled', async () => {
    const phrase = HOVERED.map((p) => ({ p, n: termWithAlias(p).citations.length })).sort((a, b) => b.n - a.n)[0];
    const term = termWithAlias(phrase.p);
    assert.ok(term.citations.length >= 2, `no hovered term has two citations to limit (${term.id} has ${term.citations.length})`);
    const position = positionInside(editor.document, phrase.p);
    const config = vscode.workspace.getConfiguration('sourcebook');
    try {
      await config.update('hover.maxQuotes', 1, vscode.ConfigurationTarget.Global);
      const limited = visibleText((await hoverMarkdownAt(editor.document.uri, position)).markdown);
      assert.ok(limited.includes(term.citations[0].quote), 'the first quote is missing');
      assert.ok(!limited.includes(term.citations[1].quote), 'a second quote is shown although maxQuotes is 1');

      await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
      const { markdown } = await hoverMarkdownAt(editor.document.uri, position);
      assert.ok(!visibleText(markdown).includes(term.definition), 'a hover is shown although sourcebook.hover.enabled is false');
    } finally {
      await config.update('hover.maxQuotes', undefined, vscode.ConfigurationTarget.Global);
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Define Term at Cursor shows the term on a term, and off a term says what is under the cursor', async () => {
    const draft = await openDraft('trilateral-memo.md');
    const on = positionInside(draft.document, 'TISA');
    draft.selection = new vscode.Selection(on, on);
    const defined = await vscode.commands.executeCommand<{ shown?: string[] }>('sourcebook.defineTerm');
    assert.deepEqual(defined?.shown, [termWithAlias('TISA').id]);

    const off = positionInside(draft.document, 'quiet');
    draft.selection = new vscode.Selection(off, off);
    const refused = await vscode.commands.executeCommand<{ notShown?: string }>('sourcebook.defineTerm');
    assert.match(refused?.notShown ?? '', /“quiet” is not a term/, 'Define Term off a term does not say what was under the cursor');
  });

  test('plain words get no Sourcebook hover', async () => {
    const { markdown } = await hoverMarkdownAt(editor.document.uri, positionInside(editor.document, 'quiet talks'));
    assert.equal(commandLinks(markdown).filter((l) => l.command.startsWith('sourcebook.')).length, 0, `unexpected hover:\n${markdown}`);
  });
});
