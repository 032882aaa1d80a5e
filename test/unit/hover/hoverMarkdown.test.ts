import * as assert from 'node:assert/strict';
import { escapeMarkdown, termHoverMarkdown } from '../../../src/vscode/hover/hoverMarkdown';
import { parseInsertCitationArgs } from '../../../src/vscode/citations/commandArgs';
import { realKnowledge } from '../helpers/knowledge';

describe('term hover markdown', () => {
  const kb = realKnowledge();

  for (const typed of ['1965 treaty', 'TISA', 'FOIP']) {
    it(`explains "${typed}" with its definition, a quote, its source and links`, () => {
      const mention = kb.matcher.findAll(`We discuss the ${typed} here.`)[0];
      assert.ok(mention, `"${typed}" is not a known alias`);
      const term = kb.term(mention.termIds[0])!;
      const md = termHoverMarkdown(kb, term, 2);
      assert.ok(md.includes(escapeMarkdown(term.definition)), 'definition shown');
      assert.ok(md.includes(escapeMarkdown(term.citations[0].quote)), 'best quote shown');
      const source = kb.source(term.citations[0].source)!;
      if (source.title) assert.ok(md.includes(escapeMarkdown(source.title)), 'source title shown');
      assert.match(md, /\(command:sourcebook\.openSource\?/);
      assert.match(md, /\(command:sourcebook\.insertCitation\?/);
      const args = JSON.parse(decodeURIComponent(md.match(/command:sourcebook\.openSource\?([^ )]+)/)![1]));
      assert.equal(source.text.slice(args[0].start, args[0].end), term.citations[0].quote, 'Open source selects the quote');
    });
  }

  it('makes "Insert citation" cite where the hovered term stands, not where the text cursor is', () => {
    const term = kb.terms.find((t) => t.citations.length > 0)!;
    const hovered = { uri: 'file:///memo.md', line: 21, character: 4 };
    const md = termHoverMarkdown(kb, term, 1, hovered);
    const args = JSON.parse(decodeURIComponent(md.match(/command:sourcebook\.insertCitation\?([^ )]+)/)![1]));
    assert.deepEqual(args[0].at, hovered);
    assert.deepEqual(parseInsertCitationArgs(args[0])?.at, hovered, 'the command does not accept the place the link sends');
  });

  it('shows at most the configured number of quotes', () => {
    const term = kb.terms.find((t) => t.citations.length >= 2)!;
    assert.equal((termHoverMarkdown(kb, term, 1).match(/^> “/gm) ?? []).length, 1);
    assert.equal((termHoverMarkdown(kb, term, 2).match(/^> “/gm) ?? []).length, 2);
  });

  it('escapes text so a quote cannot inject links or commands', () => {
    const escaped = escapeMarkdown('[click](command:workbench.action.terminal.new) <img src=x>');
    assert.ok(!/(^|[^\\])\[click\\?\]\(/.test(escaped), 'an unescaped link survives');
    assert.ok(!/(^|[^\\])<img/.test(escaped), 'an unescaped tag survives');
  });
});
