import * as assert from 'node:assert/strict';
import { CommandArgsError, parseExportBibliographyArgs, parseInsertCitationArgs } from '../../../src/vscode/citations/commandArgs';

describe('citation command arguments (automation form)', () => {
  it('means "ask the user" when there are none', () => {
    assert.equal(parseInsertCitationArgs(undefined), undefined);
    assert.equal(parseExportBibliographyArgs(undefined), undefined);
  });

  it('accepts a search with a pick, a style and the block-quote switch', () => {
    assert.deepEqual(parseInsertCitationArgs({ query: 'GSOMIA', style: 'footnote', pick: 0, blockQuote: false }), {
      query: 'GSOMIA',
      style: 'footnote',
      pick: 0,
      blockQuote: false,
    });
  });

  it('accepts the { source, passage } form that term hover links send', () => {
    assert.deepEqual(parseInsertCitationArgs({ source: 'sakata2020', passage: 'sakata2020#4' }), {
      source: 'sakata2020',
      passage: 'sakata2020#4',
    });
  });

  it('says what is wrong with bad arguments instead of guessing', () => {
    const cases: [unknown, RegExp][] = [
      ['GSOMIA', /expects an object/],
      [{}, /needs a "query".*or a "source"/],
      [{ query: '  ' }, /"query" must be a non-empty string/],
      [{ passage: 'sakata2020#4' }, /needs a "query"|needs its "source"/],
      [
        { source: 'sakata2020', style: 'mla' },
        /Unknown citation style "mla": use one of pandoc, footnote, chicago-note, chicago-author-date, apa/,
      ],
      [{ query: 'GSOMIA', pick: -1 }, /"pick" must be a whole number/],
      [{ query: 'GSOMIA', pick: 1.5 }, /"pick" must be a whole number/],
      [{ query: 'GSOMIA', blockQuote: 'yes' }, /"blockQuote" must be true or false/],
      [{ source: 'sakata2020', at: { uri: 'file:///a.md', line: -1, character: 0 } }, /"at" must be \{ uri, line, character \}/],
      [{ source: 'sakata2020', at: 'here' }, /"at" must be/],
    ];
    for (const [raw, message] of cases) {
      assert.throws(
        () => parseInsertCitationArgs(raw),
        (err: Error) => err instanceof CommandArgsError && message.test(err.message),
        JSON.stringify(raw),
      );
    }
  });

  it('checks the export format and scope, defaulting to the current draft', () => {
    assert.deepEqual(parseExportBibliographyArgs({ format: 'bibtex' }), { format: 'bibtex', scope: 'document' });
    assert.deepEqual(parseExportBibliographyArgs({ format: 'csl-json', scope: 'all' }), { format: 'csl-json', scope: 'all' });
    assert.throws(() => parseExportBibliographyArgs({ format: 'ris' }), /"format" must be "bibtex" or "csl-json", not "ris"/);
    assert.throws(() => parseExportBibliographyArgs({ format: 'bibtex', scope: 'folder' }), /"scope" must be "document" or "all"/);
  });
});
