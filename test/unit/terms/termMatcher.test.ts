import * as assert from 'node:assert/strict';
import { defaultAliasCase } from '../../../src/core/knowledge/compile/glossary';
import type { Term } from '../../../src/core/knowledge/types';
import { TermMatcher } from '../../../src/core/terms/termMatcher';

function term(id: string, aliases: (string | { text: string; case?: 'exact' | 'proper' | 'any'; shared?: boolean })[]): Term {
  return {
    id,
    name: id,
    expansion: null,
    category: 'concept',
    definition: '',
    citations: [],
    aliases: aliases.map((a) =>
      typeof a === 'string'
        ? { text: a, case: defaultAliasCase(a), shared: false }
        : { text: a.text, case: a.case ?? defaultAliasCase(a.text), shared: a.shared ?? false },
    ),
  };
}

const matcher = new TermMatcher([
  term('treaty-1965', ['1965 treaty', '1965 Normalization Treaty', 'Treaty on Basic Relations']),
  term('tisa', ['TISA', 'Trilateral Information Sharing Arrangement']),
  term('quad', ['Quad', 'the Quad']),
  term('nis', ['NIS', 'National Intelligence Service']),
  term('japan-korea-union', ['Japan-Korea Parliamentarians’ Union']),
  term('dokdo', ['Dokdo', 'Takeshima']),
  term('settlement', [{ text: '1965 agreement', shared: true }]),
  term('treaty-alt', [{ text: '1965 agreement', shared: true }]),
]);

/** The matched texts in `text`, with the term ids each names. */
function found(text: string): string[] {
  return matcher.findAll(text).map((m) => `${text.slice(m.start, m.end)}=${m.termIds.join('+')}`);
}

describe('term matcher', () => {
  it('finds aliases at word boundaries, longest first', () => {
    assert.deepEqual(found('Seoul reads the 1965 Normalization Treaty differently from the 1965 treaty.'), [
      '1965 Normalization Treaty=treaty-1965',
      '1965 treaty=treaty-1965',
    ]);
  });

  it('keeps acronyms exact: no match inside a word or in lower case', () => {
    assert.deepEqual(found('FINISH the tenis match; nis is Spanish. The NIS chief flew in.'), ['NIS=nis']);
    assert.deepEqual(found('TISAS and ATISA are not TISA.'), ['TISA=tisa']);
  });

  it('accepts possessives with straight and curly apostrophes', () => {
    assert.deepEqual(found("TISA's scope and TISA’s limits"), ['TISA=tisa', 'TISA=tisa']);
  });

  it('matches proper names in their written form or all capitals, not in lower case', () => {
    assert.deepEqual(found('the Quad met; THE QUAD met; a quad bike'), ['the Quad=quad', 'THE QUAD=quad']);
  });

  it('matches multi-word terms across line breaks, CRLF and hyphen variants', () => {
    assert.deepEqual(found('under the Treaty on\r\nBasic Relations'), ['Treaty on\r\nBasic Relations=treaty-1965']);
    assert.deepEqual(found('the Trilateral Information\n  Sharing Arrangement'), ['Trilateral Information\n  Sharing Arrangement=tisa']);
    assert.deepEqual(found("the Japan\u2013Korea Parliamentarians' Union"), ["Japan\u2013Korea Parliamentarians' Union=japan-korea-union"]);
  });

  it('is robust to case where it should be: any case for lower-case aliases', () => {
    assert.deepEqual(found('The 1965 Treaty and the 1965 TREATY'), ['1965 Treaty=treaty-1965', '1965 TREATY=treaty-1965']);
  });

  it('respects non-ASCII word boundaries', () => {
    assert.deepEqual(found('Dokdoé is not a term; 独島 (Dokdo) is; ÉTISA is not'), ['Dokdo=dokdo']);
  });

  it('reports every term of a shared alias', () => {
    assert.deepEqual(found('the 1965 agreement'), ['1965 agreement=settlement+treaty-alt']);
  });

  it('finds the mention under a hover position, and only there', () => {
    const text = 'Intro line.\nThe NIS and TISA were discussed.';
    const at = text.indexOf('TISA') + 2;
    assert.deepEqual(
      matcher.findAt(text, at).map((m) => m.termIds[0]),
      ['tisa'],
    );
    assert.deepEqual(matcher.findAt(text, text.indexOf('discussed')), []);
    assert.deepEqual(matcher.findAt(text, text.indexOf('TISA') + 4), [], 'just after the word is not a hover on it');
    assert.deepEqual(
      matcher.findAt(text, text.indexOf('TISA') + 4, true).map((m) => m.termIds[0]),
      ['tisa'],
    );
  });

  it('handles empty text, astral characters and lone surrogates without throwing', () => {
    assert.deepEqual(found(''), []);
    assert.deepEqual(found('😀TISA😀 \uD800TISA'), ['TISA=tisa', 'TISA=tisa']);
  });
});
