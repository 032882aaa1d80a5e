import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core/claims/document';
import { mentionsAt } from '../../../src/core/terms/lookup';
import { foldForAnalysis } from '../../../src/core/text/fold';
import { realKnowledge } from '../helpers/knowledge';

/** A sentence the sources contradict (the agreement's year). */
const CLAIM = 'The comfort women agreement was reached in 2013 with President Park Geun-hye.';

/** The findings of `draft` as [fact, the text each underlines]. */
function underlined(draft: string): [string, string][] {
  return checkDocument(realKnowledge(), draft).findings.map((f) => [f.factId, draft.slice(f.start, f.end)]);
}

describe('hostile input: invisible and look-alike characters', () => {
  const clean = underlined(CLAIM);
  before(() => assert.equal(clean.length, 1, 'the probe sentence is one conflict'));

  it('full-width digits do not hide a claim, and the underline covers them', () => {
    assert.deepEqual(underlined(CLAIM.replace('2013', '２０１３')), [[clean[0][0], '２０１３']]);
  });

  it('zero-width characters and soft hyphens inside words do not hide a claim', () => {
    const draft = CLAIM.replace('agreement', 'agree\u200Bment').replace('comfort', 'com\u00ADfort').replace('2013', '20\u200D13');
    assert.deepEqual(underlined(draft), [[clean[0][0], '20\u200D13']]);
  });

  it('Cyrillic and Greek look-alike letters inside Latin words do not hide a claim', () => {
    const draft = CLAIM.replace('comfort', 'c\u043Emf\u043Ert')
      .replace('agreement', '\u0430greement')
      .replace('President', 'Pr\u0435sident');
    assert.deepEqual(underlined(draft), [[clean[0][0], '2013']]);
  });

  it('mathematical bold letters and digits are read as letters and digits', () => {
    const bold = (s: string) =>
      [...s].map((c) => String.fromCodePoint((/\d/.test(c) ? 0x1d7ce - 48 : 0x1d41a - 97) + c.charCodeAt(0))).join('');
    const draft = CLAIM.replace('2013', bold('2013'));
    assert.deepEqual(underlined(draft), [[clean[0][0], bold('2013')]]);
  });

  it('a hover finds a term with a zero-width space inside it, and spans it as written', () => {
    const kb = realKnowledge();
    const term = kb.terms.find((t) => t.aliases.some((a) => /^[A-Z]{5,}$/.test(a.text)))!;
    const alias = term.aliases.find((a) => /^[A-Z]{5,}$/.test(a.text))!.text;
    const hidden = `${alias.slice(0, 3)}\u200B${alias.slice(3)}`;
    const text = `The ${hidden} matters.`;
    const [mention] = mentionsAt(kb, text, text.indexOf(hidden) + 4);
    assert.ok(mention, `no term found in "${text}"`);
    assert.ok(mention.termIds.includes(term.id));
    assert.equal(text.slice(mention.start, mention.end), hidden);
  });

  it('leaves text with nothing to fold as it is (curly quotes and dashes included), and Greek or Russian words alone', () => {
    const typical = 'Tokyo’s “white list” — revised in 2019 – was contested.';
    assert.equal(foldForAnalysis(typical).changed, false);
    assert.equal(foldForAnalysis(typical).text, typical);
    assert.equal(foldForAnalysis('Το Σύνταγμα, Конституция.').text, 'Το Σύνταγμα, Конституция.');
  });
});
