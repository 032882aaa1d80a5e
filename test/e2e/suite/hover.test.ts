import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
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

  test('the hover\'s "Open source" link shows the quoted passage selected in a sourcebook: document', async () => {
    const term = termWithAlias('TISA');
    const { markdown } = await hoverMarkdownAt(editor.document.uri, positionInside(editor.document, 'TISA'));
    const open = commandLinks(markdown).find((l) => l.command === 'sourcebook.openSource');
    assert.ok(open, `the hover has no sourcebook.openSource link:\n${markdown}`);
    const args = open.args[0] as { source: string; start: number; end: number };
    const citation = term.citations.find((c) => c.source === args.source && c.start === args.start && c.end === args.end);
    assert.ok(citation, `the link opens ${JSON.stringify(args)}, which is none of ${term.id}'s citations`);

    await vscode.commands.executeCommand(open.command, ...open.args);
    const shown = await waitFor('a sourcebook: editor to become active', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'sourcebook' ? active : undefined;
    });
    const source = builtKnowledge().source(citation.source)!;
    assert.equal(shown.document.getText(), source.text, 'the sourcebook: document is not the source text');
    const selected = shown.document.getText(shown.selection);
    assert.equal(foldTypography(selected), foldTypography(citation.quote), 'the selection is not the quoted passage');
    assert.ok(
      shown.visibleRanges.some((r) => r.contains(shown.selection.start)),
      'the quoted passage is selected but scrolled out of view',
    );
    assert.equal(editor.document.isDirty, false, 'opening a source changed the draft');
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

  test('plain words get no Sourcebook hover', async () => {
    const { markdown } = await hoverMarkdownAt(editor.document.uri, positionInside(editor.document, 'quiet talks'));
    assert.equal(commandLinks(markdown).filter((l) => l.command.startsWith('sourcebook.')).length, 0, `unexpected hover:\n${markdown}`);
  });
});
