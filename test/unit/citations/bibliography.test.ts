import * as assert from 'node:assert/strict';
import { citedKeys, exportBibliography, formatReference, toCslItem, unknownKeys } from '../../../src/core/citations';
import { realKnowledge } from '../helpers/knowledge';

describe('bibliography export', () => {
  const kb = realKnowledge();
  const draft = 'Ties are at a low [@sakata2020; @buchan2019]. See also [@strengthen-relations-2021, para. 3] and [@nobody2020].';

  it('exports the cited sources as CSL-JSON, sorted, each once, and the same bytes every time', () => {
    const keys = citedKeys(draft);
    const once = exportBibliography(kb, keys, 'csl-json');
    assert.equal(exportBibliography(kb, [...keys].reverse().concat(keys), 'csl-json'), once);
    const items = JSON.parse(once) as { id: string }[];
    assert.deepEqual(
      items.map((i) => i.id),
      ['buchan2019', 'sakata2020', 'strengthen-relations-2021'],
    );
    assert.deepEqual(unknownKeys(kb, keys), ['nobody2020']);
  });

  it('writes only what the sources state: no invented dates, URLs or authors', () => {
    const buchan = toCslItem(kb.source('buchan2019')!) as unknown as Record<string, unknown>;
    assert.equal(buchan.URL, 'https://www.csis.org/analysis/only-united-states-can-pull-japan-and-korea-back-brink');
    assert.deepEqual(buchan.author, [
      { family: 'Buchan', given: 'Patrick G.' },
      { family: 'Rimland', given: 'Benjamin' },
    ]);
    assert.equal(buchan.issued, undefined, 'the text prints no date: bounds are not a date');
    const dated = toCslItem(kb.source('strengthen-relations-2021')!) as unknown as Record<string, unknown>;
    assert.deepEqual(dated.issued, { 'date-parts': [[2021, 3, 21]] });
    const untitled = toCslItem(kb.source('biden-japan-frictions')!) as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(untitled).sort(), ['id', 'type']);
  });

  it('exports BibTeX @misc entries with escaped specials and no empty fields, idempotently', () => {
    const bib = exportBibliography(kb, ['seoul-tokyo-2019', 'buchan2019', 'sakata2020', 'buchan2019'], 'bibtex');
    assert.equal(exportBibliography(kb, ['sakata2020', 'seoul-tokyo-2019', 'buchan2019'], 'bibtex'), bib);
    assert.deepEqual(
      [...bib.matchAll(/^@misc\{([^,\n]+)/gm)].map((m) => m[1]),
      ['buchan2019', 'sakata2020', 'seoul-tokyo-2019'],
    );
    assert.match(bib, /author = \{Buchan, Patrick G\. and Rimland, Benjamin\}/);
    assert.match(bib, /title = \{\{Only the United States Can Pull Japan and Korea Back from the Brink\}\}/);
    assert.match(bib, /@misc\{seoul-tokyo-2019,\n {2}title = \{\{Seoul and Tokyo: No Longer on the Same Side\}\}\n\}/);
    assert.doesNotMatch(bib, /= \{\}/);
    assert.doesNotMatch(bib, /year/, 'none of these three prints a date');
  });

  it('formats references in each CSL style and rejects unknown styles and sources by name', () => {
    assert.equal(
      formatReference(kb, { source: 'sakata2020' }, 'apa'),
      'Sakata, Y. (n.d.). Japan-South Korea Relations and the Biden Factor. Asia Unbound.',
    );
    assert.match(
      formatReference(kb, { source: 'sakata2020' }, 'chicago-note'),
      /^Sakata, Yasuyo\. “Japan-South Korea Relations and the Biden Factor\.” Asia Unbound, n\.d\.$/,
    );
    assert.throws(() => formatReference(kb, { source: 'sakata2020' }, 'mla' as 'apa'), /no CSL style "mla"/);
    assert.throws(() => formatReference(kb, { source: 'nobody' }, 'apa'), /unknown source "nobody"/);
  });

  it('exports nothing for no known keys', () => {
    assert.equal(exportBibliography(kb, [], 'csl-json'), '[]\n');
    assert.equal(exportBibliography(kb, ['nobody2020'], 'bibtex'), '');
  });
});
