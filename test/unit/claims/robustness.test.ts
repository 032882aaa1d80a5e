import * as assert from 'node:assert/strict';
import { checkText, type ClaimFinding } from '../../../src/core/claims';
import { realKnowledge } from '../helpers/knowledge';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function assertShape(text: string, findings: ClaimFinding[]): void {
  assert.ok(Array.isArray(findings));
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start < f.end && f.end <= text.length);
    assert.equal(f.claimed, text.slice(f.start, f.end));
    assert.ok(['claim-conflict', 'claim-sources-differ', 'claim-unsupported'].includes(f.code));
  }
}

describe('checkText on hostile input', () => {
  const kb = realKnowledge();
  const claim = 'Suga became prime minister in August 2020. ';

  it('survives random Unicode, including lone surrogates, combining marks and emoji', () => {
    const next = random(42);
    const pools = [
      ' ',
      '.',
      '\n',
      '“',
      '”',
      '"',
      '(',
      ')',
      '[',
      ']',
      '—',
      '-',
      '2',
      '0',
      '1',
      '9',
      'a',
      'Z',
      '\u0301',
      '\ud83d\ude00',
      '\ud800',
      '\udc00',
      '韓',
      '日',
      'ß',
      'İ',
      '\u200b',
      '\u2028',
    ];
    for (let round = 0; round < 50; round++) {
      let text = '';
      const length = Math.floor(next() * 3000);
      for (let i = 0; i < length; i++)
        text += next() < 0.7 ? pools[Math.floor(next() * pools.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
      if (round % 5 === 0) text += claim;
      const findings = checkText(kb, text, { includeUnsupported: true });
      assertShape(text, findings);
    }
  });

  it('handles a 1 MB single line without sentence ends, and still checks a real claim at its end', () => {
    const blob = 'GSOMIA export controls Supreme Court ruling 2016 '.repeat(21000);
    const text = `${blob}\n\n${claim}`;
    assert.ok(text.length > 1_000_000);
    const findings = checkText(kb, text);
    assertShape(text, findings);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['August'],
    );
  });

  it('handles thousands of numbers, nested and unbalanced quotes and brackets', () => {
    const numbers = Array.from(
      { length: 5000 },
      (_, i) => `${i} percent of Japanese citizens deemed the retaliation appropriate in ${1900 + (i % 200)}.`,
    ).join(' ');
    assertShape(numbers, checkText(kb, numbers));
    const nested = '“He said “Seoul terminated GSOMIA” and “(the Supreme Court ruled in 2016”’ [[[(( ” ” “ '.repeat(2000);
    assertShape(nested, checkText(kb, nested, { includeUnsupported: true }));
    const unbalanced = ')))]]] Abe and Moon met in Beijing in December 2019 at the China-Japan-Korea trilateral summit (((( [[[ “ ';
    const findings = checkText(kb, unbalanced.repeat(300));
    assertShape(unbalanced.repeat(300), findings);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(checkText(kb, ''), []);
    assert.deepEqual(checkText(kb, ' \n\n\t '), []);
  });
});
