import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core/claims/document';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * Whether it happened: a draft stating an act the sources deny, or the opposite of what they state, in words other
 * than "not" — with the curated facts off as on, since the sources' own sentences tell it.
 */
describe('claims read from the sources: whether it happened', () => {
  const both = (text: string, expected: string[]) => {
    const kb = realKnowledge();
    for (const curated of [false, true]) assert.deepEqual(warnedWords(kb, text, curated), expected, `${text} (curated ${curated})`);
  };

  it('reads "acknowledged" against "denied", and "maintained" against "vacillated", as opposite acts', () => {
    // seoul-tokyo-2019: "South Korea denied the veracity of Japanese video of the incident."
    both("South Korea acknowledged that Japan's video of the radar incident was accurate.", ['acknowledged']);
    both("South Korea denied the veracity of Japan's video of the incident.", []);
    // buchan2019: "The Japanese government has vacillated between insisting that the restrictions are for legitimate
    // national security purposes or alternatively are retaliatory measures".
    both('Japan has steadily maintained that the curbs serve national security alone.', ['maintained']);
  });

  it("reads a party's act against the opposite the passage tells of it, where the passage tells the act of another party", () => {
    // biden-japan-frictions: "… with the Chinese backing the coup while the United States condemns it and has moved to
    // impose sanctions against the coup leaders."
    both('Beijing has condemned the military takeover in Burma, while Washington has moved to sanction the coup leaders.', ['condemned']);
    both('Beijing has backed the military takeover in Burma, while Washington has condemned it.', []);
    both('Washington has condemned the putsch in Burma and moved to sanction the coup leaders.', []);
    // seoul-tokyo-2019: "The Six-Party Talks a decade later revealed considerable angst in Tokyo over its interests in a
    // regional solution."
    both('A decade later, the Six-Party Talks revealed considerable enthusiasm in Tokyo for a regional solution.', ['enthusiasm']);
    both('A decade later, the Six-Party Talks revealed considerable anxiety in Tokyo over a regional solution.', []);
  });

  it('reads a state told as lasting against a passage telling it only as past, ended by an act it states', () => {
    // strengthen-relations-2021: "In recent weeks, Washington inked military cost-sharing deals with both Seoul and
    // Tokyo, talks that had been stalled as the previous administration demanded premium costs for hosting U.S. troops."
    both('Washington has concluded a cost-sharing deal with Seoul in recent weeks, but its talks with Tokyo remain stalled.', ['stalled']);
    both('Cost-sharing talks with Seoul and Tokyo had been stalled before Washington inked deals with both in recent weeks.', []);
    both('Cost-sharing talks with Seoul and Tokyo were still stalled under the previous administration.', []);
    // Not an opposite at large: an agreement concluded in another year is no end of those talks.
    both('The Trilateral Information Sharing Arrangement among Washington, Tokyo and Seoul was concluded in December 2014.', []);
  });

  it('reads "not the first time" as the act done before: "never before" is contradicted, "the first time" still', () => {
    // seoul-tokyo-2019: "This is not the first time Japan has used economics means to show displeasure."
    both('Tokyo had never before used economic means to show displeasure with Seoul.', ['never']);
    both('It was the first time Tokyo had used economic means to show displeasure.', ['first']);
    both('This is not the first time Japan has used economic means to show its displeasure.', []);
    both('Japan has used economic means to show displeasure before.', []);
  });

  it('reads an act the passage denies, though the draft denies something else in a later clause or time phrase', () => {
    // sakata2020: "the Blue House threatened to terminate the bilateral Japan-South Korea military intelligence sharing
    // agreement unless Japan rescinded its export control measures" (the Blue House is South Korea's).
    both('Seoul terminated GSOMIA in 2019 after Japan refused to rescind its export controls.', ['terminated']);
    // A passive names what undergoes the act before it.
    both('GSOMIA was terminated in 2019, leaving Tokyo without Korean intelligence.', ['terminated']);
    // So does the thing a relative clause tells another party's act of.
    both('GSOMIA, which Seoul terminated in 2019, has not been restored.', ['terminated']);
  });

  it('reads no act done in an act only decided on, nor in what the writer calls wrong to say', () => {
    both('In November 2019, Seoul suspended its decision to terminate GSOMIA.', []);
    both('It is wrong to say Seoul withdrew from GSOMIA: it only threatened to.', []);
  });

  it('weighs an act the passage refuses on the clause around it, leaving out the verb of answer', () => {
    // seoul-tokyo-2019: "Japan refused to consider limiting its surveillance activities."
    both('Tokyo agreed to scale back its surveillance flights to defuse the radar row.', ['agreed']);
    // strengthen-relations-2021: "Bilateral relations did not improve in 2020".
    both('Japan-ROK relations improved noticeably over the course of 2020.', ['improved']);
  });

  it('reads "Neither leader … congratulated" as a denial of the act told of the denied subject', () => {
    // sakata2020: "Suga and Moon quickly embraced the election results and congratulated Biden for his win."
    both('Neither leader, however, congratulated Biden on his win.', ['Neither leader, however, congratulated']);
    both('Suga and Moon quickly embraced the results and congratulated Biden on his win.', []);
    both('No one in Tokyo doubted that Suga congratulated Biden on his win.', []);
  });

  it('reads a pronoun after the act as the thing its sentence named before ("… and the cabinet renewed it")', () => {
    // strengthen-relations-2021: "In 2015, the Abe cabinet let a currency swap agreement with South Korea expire during
    // a period of tension."
    both('In 2015, a currency swap agreement with South Korea neared its end, and the Abe cabinet renewed it.', ['renewed']);
    both('In 2015, a currency swap agreement with South Korea neared its end, and the Abe cabinet let it expire.', []);
  });

  it('reads "abrogated" as ending a pact, and an act only considered as no statement that it was done', () => {
    // sakata2020: "the Blue House threatened to terminate the bilateral Japan-South Korea military intelligence sharing
    // agreement unless Japan rescinded its export control measures"; buchan2019: "News that the Blue House is
    // considering abrogation of GSOMIA is a flashing alarm."
    both('Seoul abrogated GSOMIA in 2019.', ['abrogated']);
    // Considered, not done: neither backs the termination nor contradicts the threat.
    both('The Blue House is considering abrogation of GSOMIA.', []);
    both('The Blue House threatened to abrogate GSOMIA.', []);
    both('Seoul is weighing the abrogation of GSOMIA.', []);
    both('Seoul refused to consider abrogating GSOMIA.', ['refused']);
  });

  it('finds the passage a sentence contradicts by its opposite predicate, though they share few other words', () => {
    // biden-japan-frictions: "The Korean leader reaffirmed that the 2015 agreement on “comfort women” remains intact as
    // an official pact".
    both('Last month, Moon disowned the 2015 comfort women agreement as an official pact.', ['disowned']);
    both('Last month, Moon reaffirmed that the 2015 comfort women agreement remains an official pact.', []);
  });

  it('checks the rest of a sentence in which a curated note tells only that the sources differ on some words', () => {
    // A curated note: on whether the 2015 agreement still stands, the sources differ (biden-japan-frictions against
    // seoul-tokyo-2019 and others). The rest of the sentence is checked against biden-japan-frictions: "while Moon
    // affirmed the validity of the 2015 agreement, he did nothing to restore it."
    const kb = realKnowledge();
    const text =
      'On the comfort women issue Moon affirmed that the 2015 agreement is still valid, and he has since taken concrete steps to restore it.';
    const notes = (t: string) => checkDocument(kb, t).findings.filter((f) => f.code === 'claim-sources-differ');
    assert.equal(notes(text).length, 1);
    both(text, ['restore']);
    // The note's own words are not warned about twice, and a sentence true apart from them stays silent.
    both('On the comfort women issue Moon affirmed that the 2015 agreement is still valid, but he has done nothing to restore it.', []);
    both('Moon affirmed the validity of the 2015 agreement, but did nothing to restore it.', []);
  });
});
