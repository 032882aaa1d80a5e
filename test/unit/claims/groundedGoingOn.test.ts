import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * A sentence going on with what the sentence before told ("That scheme …", "Its eight recommendations …", "Instead,
 * they urge …") is read together with it (groundedCheck.ts `goneOnConflicts`): alone it says too little to be lined up
 * with the passage it retells.
 */
describe('claims read from the sources: a sentence going on with the one before', () => {
  it('warns on a sentence pointing back at the thing the sentence before told', () => {
    const kb = realKnowledge();
    // "… a foundation modeled on the one Germany established some 20 years ago … with funds provided by both Japanese
    // and Korean firms"; Sakata's recommendations are numbered 1 to 6.
    const scheme =
      'A senior Korean politician has proposed a foundation like the one Germany set up some 20 years ago for forced laborers.';
    assert.deepEqual(warnedWords(kb, `${scheme} That scheme would be funded by Japanese firms alone.`), ['Japanese firms alone']);
    assert.deepEqual(warnedWords(kb, `${scheme} That scheme would be funded by both Japanese and Korean firms.`), []);
    const roadmap = "Sakata's roadmap for Washington is detailed.";
    assert.deepEqual(warnedWords(kb, `${roadmap} Its eight numbered recommendations run from shared values to global cooperation.`), [
      'eight',
    ]);
    assert.deepEqual(warnedWords(kb, `${roadmap} Its six numbered recommendations run from shared values to global cooperation.`), []);
  });

  it('reads what a demonstrative subject did in one clause with the event it stands for ("Those talks …")', () => {
    const kb = realKnowledge();
    // "… repeated meetings between the two foreign ministers only resulted in a stalemate": the polarity is read only
    // where the settling is told of the meetings' own words, as in "…, which finally settled the dispute".
    const meetings = 'The radar dispute brought the two foreign ministers together for repeated meetings.';
    assert.deepEqual(warnedWords(kb, `${meetings} Those talks finally settled the dispute.`), ['settled']);
    assert.deepEqual(warnedWords(kb, `${meetings} Those talks ended in a stalemate.`), []);
  });

  it('reads what "That government" did in one clause with the government the sentence before named', () => {
    const kb = realKnowledge();
    // "The constitutional court first became involved in 2011 when it called on the Lee Myung-bak government to reopen
    // talks with Japan …"
    const court =
      "South Korea's constitutional court first stepped into the comfort women issue in 2011. It urged the government to reopen talks with Japan.";
    assert.deepEqual(warnedWords(kb, `${court} That government was led by Park Geun-hye.`), ['Park Geun-hye']);
    assert.deepEqual(warnedWords(kb, `${court} That government was led by Lee Myung-bak.`), []);
  });

  it('warns on what the people named before are said to do, but compares no date by the sentence before', () => {
    const kb = realKnowledge();
    // "… on the margins of the upcoming UN General Assembly meeting in New York" tells the act the authors urge.
    const lost = "The authors regret the lost chance of a leaders' meeting at the G-20.";
    const urge = 'Instead, they urge Washington to push for a Moon-Abe meeting on the margins of the upcoming';
    assert.deepEqual(warnedWords(kb, `${lost} ${urge} APEC summit.`), ['APEC']);
    assert.deepEqual(warnedWords(kb, `${lost} ${urge} UN General Assembly meeting in New York.`), []);
    // "In September 2020, … Suga became Japan's prime minister …" dates his taking office, not a call he made later;
    // nor does "… the Japanese Cabinet's sudden decision in summer 2019 to tighten export control measures" date the
    // ruling the controls answered.
    const suga = "Suga, long Abe's Cabinet Secretary, became prime minister after Abe resigned.";
    assert.deepEqual(warnedWords(kb, `${suga} He called Moon in October 2020.`), []);
    const controls = 'Japan tightened export controls in response to the ruling.';
    assert.deepEqual(warnedWords(kb, `${controls} The ruling came in October 2018.`), []);
  });

  it('reads a sentence opening with "he" or "she" with the act the sentence before told of that person', () => {
    const kb = realKnowledge();
    // "… the NSC director for Asia, Matthew Pottinger, along with national security adviser John Bolton, visited Japan
    // and Korea last weekend."
    const visit = 'Matthew Pottinger, the NSC director for Asia, visited Japan and Korea last weekend.';
    assert.deepEqual(warnedWords(kb, `${visit} He traveled with Secretary of State Mike Pompeo.`), ['Mike Pompeo']);
    assert.deepEqual(warnedWords(kb, `${visit} He traveled with national security adviser John Bolton.`), []);
  });

  it('reads "It did so in …" as the act the sentence before told, done then', () => {
    const kb = realKnowledge();
    // "In 2015, the Abe cabinet let a currency swap agreement with South Korea expire during a period of tension."
    const swap =
      'The Abe cabinet has used economic levers against Seoul before. It let a currency swap agreement with South Korea expire during a tense period.';
    assert.deepEqual(warnedWords(kb, `${swap} It did so in 2017.`), ['2017']);
    assert.deepEqual(warnedWords(kb, `${swap} It did so in 2015.`), []);
  });

  it('reads "That has been the case for …" as all the sentence before told, for that long', () => {
    const kb = realKnowledge();
    // "For much of the past three decades, North Korea's growing arsenal of ballistic missiles and nuclear weapons has
    // provided ample motivation for alignment."
    const motive = "North Korea's growing arsenal of missiles and nuclear weapons has given Tokyo and Seoul ample motivation to align.";
    assert.deepEqual(warnedWords(kb, `${motive} That has been the case for only the past decade.`), ['the past decade']);
    assert.deepEqual(warnedWords(kb, `${motive} That has been the case for much of the past three decades.`), []);
    assert.deepEqual(warnedWords(kb, `${motive} That has long been the case.`), []);
  });

  it('reads "on the sidelines" as at the gathering the sentence before told, unless the sentence moves on', () => {
    const kb = realKnowledge();
    // "At the G-20 summit in Osaka this June, Abe and Moon barely spoke, coming together only for a requisite photo
    // opportunity."
    const osaka = 'Abe and Moon barely spoke at the Group of Twenty summit in Osaka.';
    assert.deepEqual(warnedWords(kb, `${osaka} The two leaders did, however, hold a lengthy meeting on the sidelines.`), ['lengthy']);
    assert.deepEqual(warnedWords(kb, `${osaka} The two leaders met only for a photo on the sidelines.`), []);
    // Another gathering, later or elsewhere: the sidelines are not Osaka's.
    assert.deepEqual(warnedWords(kb, `${osaka} A year later, the two leaders held a lengthy meeting on the sidelines.`), []);
    assert.deepEqual(warnedWords(kb, `${osaka} The two leaders held a lengthy meeting on the sidelines in Bangkok.`), []);
  });

  it('reads "it" or "that retaliation" as the object the sentence before ended on ("…, which Seoul repaid in kind")', () => {
    const kb = realKnowledge();
    // "Tokyo's response was economic retaliation, which Seoul repaid in kind."
    const answer = "Japan's answer to the court was economic retaliation.";
    assert.deepEqual(warnedWords(kb, `${answer} Seoul declined to repay it in kind.`), ['declined']);
    assert.deepEqual(warnedWords(kb, `${answer} Seoul declined to repay that retaliation in kind.`), ['declined']);
    assert.deepEqual(warnedWords(kb, `${answer} Seoul repaid it in kind.`), []);
    // "it" before a verb of its own is a subject, not the retaliation.
    assert.deepEqual(warnedWords(kb, `${answer} Seoul said it had no choice but to answer in kind.`), []);
    // "In 2015, the Abe cabinet let a currency swap agreement with South Korea expire …": "it" is the agreement.
    assert.deepEqual(warnedWords(kb, 'South Korea and Japan had a currency swap agreement. In 2015 the Abe cabinet let it expire.'), []);
    assert.deepEqual(warnedWords(kb, 'The Blue House threatened to terminate GSOMIA. Washington opposed it strongly.'), []);
  });

  it('reads "their liquidation" as the liquidation of the things the sentence before opened with', () => {
    const kb = realKnowledge();
    // "He also indicated a desire to put off the liquidation of Japanese company assets …"
    const seized = 'Japanese company assets had been seized under Korean court orders.';
    assert.deepEqual(warnedWords(kb, `${seized} Moon made clear he wanted their liquidation hastened.`), ['hastened']);
    assert.deepEqual(warnedWords(kb, `${seized} Moon made clear he wanted their liquidation put off.`), []);
    // Two people before "their" are what it stands for; a sentence before opening with a person is no such subject.
    assert.deepEqual(warnedWords(kb, `${seized} Moon and Suga discussed their liquidation.`), []);
    assert.deepEqual(warnedWords(kb, 'Abe and Moon had met in Chengdu. Moon wanted their talks hastened.'), []);
  });

  it('dates the thing "That election" stands for where the sentence before named it, in a clause of its own', () => {
    const kb = realKnowledge();
    // "Last September, many South Koreans, including President Moon, hoped that Suga's election would open a new chapter
    // …"; "… one of their lowest points since normalization in 1965".
    const election = "Seoul had hoped for a fresh start with Tokyo. Many South Koreans, Moon included, saw Suga's election as an opening.";
    assert.deepEqual(warnedWords(kb, `${election} That election took place in July 2020.`), ['July 2020']);
    assert.deepEqual(warnedWords(kb, `${election} That election took place in September 2020.`), []);
    const low = 'Over the past two years, relations have hit one of their lowest points since normalization.';
    assert.deepEqual(warnedWords(kb, `${low} That normalization took place in the 1950s.`), ['1950s']);
    assert.deepEqual(warnedWords(kb, `${low} That normalization took place in the 1960s.`), []);
    // "… in response to the ruling": the date is the ruling's (October 2018), not the controls' (summer 2019).
    const controls = 'Japan tightened export controls in response to the ruling.';
    assert.deepEqual(warnedWords(kb, `${controls} That ruling came in October 2018.`), []);
  });

  it('reads a sentence with a demonstrative before a noun past its opening ("put that share at …") with the one before', () => {
    const kb = realKnowledge();
    // "… the proportion of South Koreans who see Japan as a military threat at 38 percent" (or the sources' figure).
    const threat = 'Hostility runs the other way too. Many South Koreans now regard Japan as a military threat.';
    const found = warnedWords(kb, `${threat} The authors put that share at 58 percent.`);
    assert.deepEqual(found, ['58']);
    // A "that" opening a clause points at nothing: the sentence is read alone.
    assert.deepEqual(warnedWords(kb, `${threat} The authors argued that hostility would fade at 58 percent.`), []);
  });
});
