import * as assert from 'node:assert/strict';
import { citationChoices } from '../../../src/vscode/citations/citationChoices';
import { realKnowledge } from '../helpers/knowledge';

describe('Insert Citation choices (what the Quick Pick lists, and what "pick" indexes)', () => {
  it('lists passages that back the claim first, then the matching sources, each with its key and source', () => {
    const kb = realKnowledge();
    const choices = citationChoices(kb, 'Termination of GSOMIA could have triggered the unraveling of trilateral cooperation');
    const top = choices[0];
    assert.equal(top.kind, 'passage');
    assert.equal(top.target.source, 'sakata2020');
    assert.match(top.label, /^Termination of the General Security of Military Information Agreement \(GSOMIA\)/);
    assert.equal(top.description, '@sakata2020');
    assert.match(top.detail, /^Yasuyo Sakata, “Japan-South Korea Relations and the Biden Factor”/);
    const kinds = choices.map((c) => c.kind);
    const passages = kinds.filter((k) => k === 'passage').length;
    assert.deepEqual(kinds, [...Array(passages).fill('passage'), ...Array(kinds.length - passages).fill('source')], 'passages and sources are interleaved');
  });

  it('finds a source by its author and lists every source for an empty query', () => {
    const kb = realKnowledge();
    const byAuthor = citationChoices(kb, 'Buchan').filter((c) => c.kind === 'source');
    assert.equal(byAuthor[0]?.target.source, 'buchan2019');
    const all = citationChoices(kb, '  ');
    assert.deepEqual(all.map((c) => c.target.source), kb.sources.map((s) => s.key));
    assert.ok(all.every((c) => c.kind === 'source' && c.target.passage === undefined));
  });
});
