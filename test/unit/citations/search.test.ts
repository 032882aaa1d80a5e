import * as assert from 'node:assert/strict';
import { rankLabelledSet, readLabelledQueries } from '../../../eval/citations';
import { CitationSearch } from '../../../src/core/citations';
import type { Passage } from '../../../src/core/knowledge/types';
import { realKnowledge } from '../helpers/knowledge';

describe('citation search', () => {
  const kb = realKnowledge();
  const search = new CitationSearch(kb);
  const top = (query: string) => search.search(query, { limit: 3 })[0]?.passage.text ?? '';

  it('ranks the labelled queries: the expected passage first for ≥ 85%, in the first three for ≥ 95%', () => {
    const queries = readLabelledQueries();
    assert.ok(queries.length >= 40, `only ${queries.length} labelled queries`);
    const r = rankLabelledSet(kb, queries);
    const misses = r.misses.map((m) => `"${m.query.query}" (rank ${m.rank ?? '>10'})`).join('; ');
    assert.ok(r.top1 / r.total >= 0.85, `top-1 ${r.top1}/${r.total}; misses: ${misses}`);
    assert.ok(r.top3 / r.total >= 0.95, `top-3 ${r.top3}/${r.total}; misses: ${misses}`);
  });

  it('knows which words are spelt as in the passages (Insert Citation highlights no near-spelling of them)', () => {
    for (const word of ['could', 'reconciliation', 'gsomia', 'the']) assert.ok(search.spelt(word), word);
    for (const word of ['coud', 'reconcilation', 'zzzz']) assert.ok(!search.spelt(word), word);
  });

  it('forgives typos in the words a writer remembers', () => {
    assert.match(top('reconcilation foundaton'), /Reconciliation and Healing Foundation/);
    assert.match(top('Chengdo summit'), /met in Chengdu, China/);
    assert.match(top('GSOMA abrogation'), /abrogation of GSOMIA/);
  });

  it('ignores word order, case, hyphens and diacritics', () => {
    assert.match(top('summit CHENGDU trilateral'), /Chengdu/);
    assert.match(top('Kang Changil'), /Kang Chan-gil/);
    assert.match(top('Kim Jong-ŭn Singapore summit'), /Singapore Summit/);
    assert.match(top('Dokdo Takeshima'), /Dokdo\/Takeshima/);
  });

  it('expands glossary aliases: an acronym finds the passage that spells the agreement out', () => {
    const term = kb.terms.find((t) => t.aliases.some((a) => a.text === 'GSOMIA'));
    assert.ok(term, 'the glossary defines GSOMIA');
    const hits = search.search('GSOMIA termination threatened by the Blue House unless Japan rescinded export controls', { limit: 3 });
    assert.ok(
      hits.some((h) => /military intelligence sharing agreement unless Japan rescinded/.test(h.passage.text)),
      hits.map((h) => h.passage.text).join('\n'),
    );
  });

  it('scores from 0 (best) to 1, best first, and honours the limit', () => {
    const hits = search.search('export controls semiconductor industry', { limit: 7 });
    assert.equal(hits.length, 7);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score);
    for (const h of hits) assert.ok(h.score >= 0 && h.score <= 1);
    assert.equal(search.search('export controls', { limit: 0 }).length, 0);
  });

  it('answers odd queries without throwing: empty, punctuation, regex characters, emoji, 10,000 characters', () => {
    assert.deepEqual(search.search(''), []);
    assert.deepEqual(search.search('   \n\t'), []);
    assert.deepEqual(search.search('🙂🙂'), []);
    assert.doesNotThrow(() => search.search('(.*+?)[^$]{2,}\\'));
    assert.match(top('GSOMIA (.*+?'), /GSOMIA/);
    assert.match(top('🇯🇵 reconciliation foundation 🇰🇷'), /Reconciliation and Healing Foundation/);
    const huge = `${'the Blue House threatened to terminate the military intelligence sharing agreement '.repeat(200)}`.slice(0, 10_000);
    assert.equal(huge.length, 10_000);
    assert.match(top(huge), /threatened to terminate/);
    assert.deepEqual(search.search(undefined as unknown as string), []);
  });

  it('finds sources by title, author, outlet or key', () => {
    assert.equal(search.searchSources('Sakata')[0]?.source.key, 'sakata2020');
    assert.equal(search.searchSources('Rimland Buchan')[0]?.source.key, 'buchan2019');
    assert.equal(search.searchSources('Biden factor')[0]?.source.key, 'sakata2020');
    assert.equal(search.searchSources('Seoul and Tokyo same side')[0]?.source.key, 'seoul-tokyo-2019');
    assert.deepEqual(search.searchSources(''), []);
  });

  it('searches any passage list, skipping passages whose source is unknown', () => {
    const sakata = kb.source('sakata2020')!;
    const passages: Passage[] = [
      ...kb.passagesOf('sakata2020'),
      { id: 'ghost#0', source: 'ghost', index: 0, start: 0, end: 10, text: 'Chengdu summit Chengdu summit' },
    ];
    const only = CitationSearch.overPassages(passages, [sakata]);
    const hits = only.search('Chengdu summit');
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.source.key === 'sakata2020'));
  });
});
