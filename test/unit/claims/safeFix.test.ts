import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type ClaimFinding } from '../../../src/core/claims';
import { realKnowledge, REPO_ROOT } from '../helpers/knowledge';

/**
 * A "Replace" quick fix writes into the draft without the writer reading the result first: what it writes must be a
 * sentence the sources back and that reads as English. Where no such replacement exists, the warning stays and no
 * fix is offered.
 */
describe('one-click fixes of conflicting claims', () => {
  const kb = realKnowledge();

  /** The sentence's one conflict (asserted present: a refused fix must never silence the warning itself). */
  function conflictIn(text: string): ClaimFinding {
    const conflicts = checkText(kb, text).filter((f) => f.code === 'claim-conflict');
    assert.equal(conflicts.length, 1, `expected one conflict in: ${text}`);
    return conflicts[0];
  }

  const fixed = (text: string, f: ClaimFinding) => text.slice(0, f.start) + f.replacement + text.slice(f.end);

  function assertNoFix(texts: readonly string[]): void {
    for (const text of texts) {
      const f = conflictIn(text);
      assert.equal(f.replacement, undefined, `a fix is offered that would write: ${f.replacement === undefined ? '' : fixed(text, f)}`);
    }
  }

  it('offers no fix that would name the same party on both sides of the clause', () => {
    // (Written first with "South Korea imposed export controls on Japan", the example: the sources record
    // that Seoul "repaid in kind", so that is no longer a conflict, and these cases of the same rule remain.)
    assertNoFix([
      'Tokyo threatened to withdraw from GSOMIA with South Korea.',
      'Seoul let the currency swap with Tokyo expire.',
      'South Korea refused to hold further working group meetings with Japan.',
      'In August 2019 Japan threatened to terminate GSOMIA, deepening the rift with Seoul.',
    ]);
  });

  it('offers no fix that leaves another wrong wording of the same claim in the clause', () => {
    assertNoFix(['South Korea scrapped and terminated GSOMIA in 2019.']);
  });

  it('offers a verb phrase only in place of a verb, never of a noun, a passive participle or a nationality adjective', () => {
    assertNoFix([
      'GSOMIA was terminated in 2019.',
      "South Korea's withdrawal from GSOMIA shocked Washington.",
      'The termination of GSOMIA by the Moon government left Washington scrambling.',
      'Japanese officials threatened to terminate GSOMIA.',
      'The South Korean NSS coordinated with the Blue House.',
    ]);
  });

  it('offers no fix after which the sentence contradicts the sources on something else', () => {
    // Putting the sourced year in makes the sentence about the sourced event, which the rest of it then gets wrong.
    for (const text of [
      "South Korea's Constitutional Court first became involved in 2013, when it called on the Park Geun-hye government to reopen talks with Japan over the comfort women.",
      'Takeo Kawamura met informally with his counterparts in Busan in September 2020.',
    ]) {
      const f = checkText(kb, text).find((x) => x.code === 'claim-conflict');
      assert.ok(f, `no conflict in: ${text}`);
      assert.equal(f.replacement, undefined, `a fix is offered that would write: ${f.replacement === undefined ? '' : fixed(text, f)}`);
    }
  });

  it('offers no date for a date that describes something else ("the 1965 treaty"), but does for the event\'s own', () => {
    // Whether or not such a date is flagged, writing the event's date into another thing's name is nonsense.
    const other = 'Tokyo answered that the 1965 treaty settled such claims and tightened export controls on South Korea.';
    for (const f of checkText(kb, other)) assert.equal(f.replacement, undefined, `a fix is offered that would write: ${fixed(other, f)}`);
    const own = 'The 2013 comfort women agreement was reached with Park Geun-hye.';
    assert.equal(fixed(own, conflictIn(own)), 'The 2015 comfort women agreement was reached with Park Geun-hye.');
  });

  it('writes the replacement in the form of the words it replaces, and clears the warning', () => {
    const cases: [string, string][] = [
      ["Tokyo's decision to deploy THAAD drew Chinese pressure.", "Seoul's decision to deploy THAAD drew Chinese pressure."],
      [
        'The Japanese government appointed Kang Chan-gil as ambassador to Japan.',
        'The Blue House appointed Kang Chan-gil as ambassador to Japan.',
      ],
      ['Japan threatened to terminate GSOMIA.', 'South Korea threatened to terminate GSOMIA.'],
      ['Seoul withdrew from GSOMIA in November 2019.', 'Seoul threatened to terminate GSOMIA in November 2019.'],
      [
        "South Korea's Supreme Court ruled in October 2016 that Japanese companies must compensate forced laborers.",
        "South Korea's Supreme Court ruled in October 2018 that Japanese companies must compensate forced laborers.",
      ],
    ];
    for (const [text, expected] of cases) {
      const f = conflictIn(text);
      assert.ok(f.replacement !== undefined, `no fix offered for: ${text}`);
      assert.equal(fixed(text, f), expected);
      assert.deepEqual(checkText(kb, expected), [], `the fixed sentence is still flagged: ${expected}`);
    }
  });

  it('over the labelled drafts, every offered fix leaves a sentence with no conflict it did not have before', () => {
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'claims');
    let offered = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text: string }).text;
        const before = checkText(kb, text).filter((f) => f.code === 'claim-conflict');
        for (const f of before) {
          if (f.replacement === undefined) continue;
          offered++;
          const after = fixed(text, f);
          const left = checkText(kb, after).filter((x) => x.code === 'claim-conflict');
          assert.ok(!left.some((x) => x.factId === f.factId), `the fix leaves the conflict: ${after}`);
          const fresh = left.filter((x) => !before.some((b) => b.factId === x.factId));
          assert.deepEqual(
            fresh.map((x) => x.factId),
            [],
            `the fix writes a new conflict: ${after}`,
          );
        }
      }
    }
    // Refusing every fix would pass the checks above: most conflicts keep theirs.
    assert.ok(offered > 500, `only ${offered} fixes offered`);
  });
});
