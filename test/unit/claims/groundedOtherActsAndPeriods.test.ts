import * as assert from 'node:assert/strict';
import { warnedWords } from '../helpers/grounded';
import { realKnowledge } from '../helpers/knowledge';

/**
 * True sentences that share a passage's words but tell another act or another time than the one the passage tells:
 * a denial of weighing the opposite act, an outcome later than an event where only an attempt began, the time of a
 * state where the passage dates the start of a period. Each stays silent; the close wrong sentence still warns.
 */
describe('claims read from the sources: another act, a later outcome, a period begun', () => {
  /** Each text warns on `word` in both modes; each of `silent` warns nowhere. */
  const check = (texts: readonly (readonly [string, string])[], silent: readonly string[]) => {
    const kb = realKnowledge();
    for (const curated of [false, true]) {
      // The warning falls on the word, or on the date it opens (the curated facts quote a month alone).
      for (const [text, word] of texts) {
        const warned = warnedWords(kb, text, curated);
        assert.ok(warned.length === 1 && warned[0].startsWith(word), `${text}: ${warned.join(', ')}`);
      }
      for (const text of silent) assert.deepEqual(warnedWords(kb, text, curated), [], text);
    }
  };

  it('reads a denial of weighing the opposite act as no denial of the act weighed', () => {
    // buchan2019: "News that the Blue House is considering abrogation of GSOMIA is a flashing alarm."
    check(
      [['The Blue House is not considering abrogation of GSOMIA.', 'not']],
      ['The Blue House is not considering an extension of GSOMIA.'],
    );
  });

  it('reads an outcome after an event as untold where the passage tells only an attempt begun there', () => {
    // seoul-tokyo-2019: "… a trilateral meeting … at the Hague, which jump started bilateral efforts to end a
    // particularly difficult episode of estrangement."
    check([['The Hague meeting deepened their estrangement.', 'deepened']], ['Their estrangement deepened after the Hague meeting.']);
  });

  it('reads a date marking when a period began as no date of the state told', () => {
    // sakata2020: "In the past two years, the Japan-South Korea relationship has experienced one of its lowest points
    // since the normalization of relations in 1965."
    check(
      [['Japan-South Korea relations have been at their lowest point since the normalization of relations in 1975.', '1975']],
      ['By 2019 the U.S.-Japan-ROK triangle was badly strained: Japan-South Korea relations were at their lowest in decades.'],
    );
  });
  it('reads a date years before a source was written as another event than one it gives a month without a year', () => {
    // sakata2020 (written 2020): "In mid-November, a seven-member delegation from the Korea-Japan Parliamentarians’
    // Union … met with Suga and parliamentarian counterparts in Tokyo …".
    check(
      [["In January 2020 a seven-member delegation from the Korea-Japan Parliamentarians' Union met with Suga in Tokyo.", 'January']],
      [
        'In January 2016 the two sides met under U.S. auspices: Japan and South Korea sent vice foreign ministers to a U.S.-Japan-ROK meeting in Tokyo.',
      ],
    );
  });
});
