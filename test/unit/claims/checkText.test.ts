import * as assert from 'node:assert/strict';
import { checkText, factsOf, type ClaimFinding } from '../../../src/core/claims';
import { realKnowledge } from '../helpers/knowledge';

const words = (text: string, findings: readonly ClaimFinding[]) => findings.map((f) => text.slice(f.start, f.end));

/** Asserts, for each draft, exactly the words the checker underlines in it (none for a quiet one). */
function expectUnderlines(kb: ReturnType<typeof realKnowledge>, cases: readonly [string, string[]][]): void {
  for (const [text, expected] of cases) assert.deepEqual(words(text, checkText(kb, text)), expected, text);
}

describe('checkText', () => {
  const kb = realKnowledge();

  it('warns on the year of the Supreme Court ruling, with the sourced date, a one-click fix and located quotes', () => {
    const text = "South Korea's Supreme Court ruled in October 2016 that Japanese companies must compensate forced laborers.";
    const [finding, ...rest] = checkText(kb, text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(finding.start, finding.end), '2016');
    assert.equal(finding.code, 'claim-conflict');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.claimed, '2016');
    assert.equal(finding.expected, 'October 2018');
    assert.equal(finding.replacement, '2018');
    assert.match(finding.message, /2016/);
    assert.match(finding.message, /October 2018/);
    assert.match(finding.message, /sakata2020/);
    assert.ok(finding.citations.length > 0);
    for (const c of finding.citations) assert.equal(kb.source(c.source)!.text.slice(c.start, c.end), c.quote);
    assert.ok(finding.citations.some((c) => c.source === 'sakata2020' && c.quote.includes('October 2018')));
  });

  it('replaces month and year together when both are wrong, and keeps a number written in words in words, with its unit', () => {
    const date = 'The Korean Supreme Court ruled in November 2016 against Japanese firms over forced labor.';
    const [d] = checkText(kb, date);
    assert.equal(date.slice(d.start, d.end), 'November 2016');
    assert.equal(d.replacement, 'October 2018');
    const share = 'Forty-eight percent of Koreans see Japan as a military threat.';
    const [s] = checkText(kb, share);
    assert.equal(share.slice(s.start, s.end), 'Forty-eight percent');
    assert.equal(s.replacement, 'Thirty-eight percent');
    const low = 'Relations between Tokyo and Seoul fell to a 50-year low.';
    const [l] = checkText(kb, low);
    assert.equal(low.slice(l.start, l.end), '50-year');
    assert.equal(l.replacement, '70-year');
  });

  it('leaves a date naming the event an act is set after to that event ("Less than a year after the October 2018 ruling, …")', () => {
    expectUnderlines(kb, [
      ['Less than a year after the October 2018 ruling, Japan tightened export controls.', []],
      ['Within a year of the October 2018 ruling, Japan tightened export controls.', []],
      ['Japan tightened export controls in October 2018.', ['October 2018']],
    ]);
  });

  it('leaves a date to the clause before "…, and two weeks later" to the act after it, unless the date opens the sentence', () => {
    // sakata2020: Park Jie-won "traveled to Tokyo on November 9"; "On November 23, the Blue House appointed … Kang
    // Chan-gil … as the next ambassador to Japan."
    expectUnderlines(kb, [
      [
        'The Blue House sent intelligence chief Park Jie-won to Tokyo as a presidential envoy on November 9, 2020, and two weeks later it named Kang Chan-gil as the next ambassador to Japan.',
        [],
      ],
      ['Seoul sent Park Jie-won to Tokyo on November 9 and later named Kang Chan-gil ambassador to Japan.', []],
      ['On November 30, two weeks later, the Blue House named Kang Chan-gil ambassador to Japan.', ['30']],
      ['Seoul sent Park Jie-won to Tokyo and named Kang Chan-gil ambassador to Japan on November 30.', ['30']],
    ]);
  });

  it("fixes an abbreviated month with its full stop, so the fix reads 'December 2019', not 'December. 2019'", () => {
    const apply = (text: string) => {
      const [f, ...rest] = checkText(kb, text);
      assert.deepEqual(rest, [], text);
      return text.slice(0, f.start) + f.replacement + text.slice(f.end);
    };
    assert.equal(apply('Abe and Moon met in Chengdu in Nov. 2019.'), 'Abe and Moon met in Chengdu in December 2019.');
    assert.equal(apply('- **Nov. 2019:** Abe and Moon meet in Chengdu.'), '- **December 2019:** Abe and Moon meet in Chengdu.');
    // A month that ends the sentence keeps the sentence's full stop.
    assert.equal(apply('Abe and Moon met in Chengdu in Nov.'), 'Abe and Moon met in Chengdu in December.');
  });

  it('underlines only the wrong place in a posting and offers the right one', () => {
    const text = 'Kang Chan-gil, a former lawmaker, was appointed ambassador to China by the Blue House.';
    const [f] = checkText(kb, text);
    assert.equal(text.slice(f.start, f.end), 'China');
    assert.equal(f.replacement, 'Japan');
  });

  it('reads a status written as a noun as asserted only when its clause asserts it', () => {
    const exit = "The ROK's 2019 exit from GSOMIA removed a key channel for sharing missile data.";
    assert.deepEqual(words(exit, checkText(kb, exit)), ['exit']);
    for (const text of [
      'A South Korean exit from GSOMIA in 2026 would weaken missile-warning cooperation.',
      'South Korea has threatened, but never carried out, a GSOMIA termination.',
      "Seoul's threatened withdrawal from GSOMIA alarmed Washington.",
      'Washington pushed hard against the termination of GSOMIA.',
    ]) {
      assert.deepEqual(words(text, checkText(kb, text)), [], text);
    }
  });

  it('dates an event noun from a date among its modifiers, and a bare month only before a noun', () => {
    const ruling = "- The ROK Supreme Court's November 2018 forced-labor ruling is where the spiral began.";
    assert.deepEqual(words(ruling, checkText(kb, ruling)), ['November']);
    const election = "Biden's victory in the October presidential election handed Seoul and Tokyo momentum.";
    assert.deepEqual(words(election, checkText(kb, election)), ['October']);
    const name = 'Biden won the presidential election, and the October Revolution is a different story.';
    assert.deepEqual(words(name, checkText(kb, name)), []);
  });

  it('agrees with a less precise but consistent date and with a correct negation', () => {
    for (const text of [
      'In late 2018 the Supreme Court in Seoul ordered Japanese companies to pay wartime laborers.',
      'The ROK Supreme Court ruled in 2018 on forced labor.',
      'South Korea did not terminate GSOMIA; the Blue House only threatened to.',
      'Seoul never withdrew from GSOMIA.',
      'Japan tightened export controls in July 2019.',
    ]) {
      assert.deepEqual(words(text, checkText(kb, text)), [], text);
    }
  });

  it('stays silent on plans, hedges, questions, quotations, reported claims and the writer’s own survey', () => {
    for (const text of [
      'We will hold a workshop on the 1965 treaty in 2027.',
      'Seoul might terminate GSOMIA in 2025.',
      'Did South Korea terminate GSOMIA in 2019?',
      '“Seoul terminated GSOMIA and broke every promise it made,” a lawmaker said.',
      'Some commentators claim that the Supreme Court ruled in 2016.',
      'In our survey, 65 percent of Japanese respondents called the retaliation appropriate.',
    ]) {
      assert.deepEqual(words(text, checkText(kb, text)), [], text);
    }
  });

  it('gives only an information finding when the draft sides with one of two disagreeing sources', () => {
    const text = "Moon's government abandoned the 2015 comfort women agreement.";
    const findings = checkText(kb, text);
    assert.ok(findings.length > 0, 'expected a sources-differ finding');
    for (const f of findings) {
      assert.equal(f.code, 'claim-sources-differ');
      assert.equal(f.severity, 'information');
    }
    assert.deepEqual(words(text, findings), ['abandoned']);
    assert.ok(new Set(findings[0].citations.map((c) => c.source)).size >= 2, 'both sides are cited');
  });

  it('is sentence-local: a paragraph checked alone gets the same findings, shifted, as inside its document', () => {
    const paragraph =
      'Abe and Moon met in Beijing in December 2019 at the China-Japan-Korea trilateral summit. Suga became prime minister in August 2020.';
    const before = '# Memo\n\nSeoul remains wary. The Blue House threatened to terminate GSOMIA in 2019.\n\n';
    const after = '\n\nJapan let a currency swap with Seoul expire in 2015.\n';
    const alone = checkText(kb, paragraph);
    const inside = checkText(kb, before + paragraph + after).filter(
      (f) => f.start >= before.length && f.end <= before.length + paragraph.length,
    );
    assert.deepEqual(words(paragraph, alone), ['Beijing', 'August']);
    assert.deepEqual(
      inside.map((f) => ({ ...f, start: f.start - before.length, end: f.end - before.length })),
      alone,
    );
  });

  it('reports dated claims the sources do not cover only when asked, at information level', () => {
    const text = 'GSOMIA was first signed in 2016.';
    assert.deepEqual(checkText(kb, text), []);
    const findings = checkText(kb, text, { includeUnsupported: true });
    assert.deepEqual(words(text, findings), ['2016']);
    assert.equal(findings[0].code, 'claim-unsupported');
    assert.equal(findings[0].severity, 'information');
  });

  it('stops when cancelled and returns what it has', () => {
    const text = Array.from({ length: 200 }, () => 'Suga became prime minister in August 2020.').join(' ');
    let polls = 0;
    const findings = checkText(kb, text, { isCancelled: () => ++polls > 3 });
    assert.ok(findings.length < 200, `found ${findings.length}`);
    assert.ok(checkText(kb, text).length === 200);
  });

  it('exposes the typed facts, at least 60 of them, each with located citations', () => {
    const facts = factsOf(kb);
    assert.ok(facts.length >= 60, `only ${facts.length} facts`);
    for (const f of facts) {
      assert.ok(f.citations.length > 0, f.id);
      for (const c of f.citations) assert.equal(kb.source(c.source)!.text.slice(c.start, c.end), c.quote, f.id);
    }
  });
});

describe('checkText on the sources themselves', () => {
  it('never warns on a source’s own sentences (at most it notes where the sources differ)', () => {
    const kb = realKnowledge();
    for (const source of kb.sources) {
      const warnings = checkText(kb, source.text).filter((f) => f.code === 'claim-conflict');
      assert.deepEqual(
        warnings.map((f) => `${f.factId}: "${source.text.slice(Math.max(0, f.start - 60), f.end + 20)}"`),
        [],
        `${source.key} contradicts its own facts`,
      );
    }
  });
});

describe('checkText on other formats and spellings (Q&A, timelines, tables, headlines, British English)', () => {
  const kb = realKnowledge();

  it('reads British day-month and timeline ISO dates, underlining every wrong part and fixing it in the same style', () => {
    const dayMonth = 'Park Jie-won travelled to Tokyo on 19 December as a presidential envoy.';
    const [d] = checkText(kb, dayMonth);
    assert.equal(dayMonth.slice(d.start, d.end), '19 December');
    assert.equal(d.replacement, '9 November');
    const iso = "2016-12 — South Korea's Supreme Court rules that Japanese firms must compensate wartime labourers.";
    const [i] = checkText(kb, iso);
    assert.equal(iso.slice(i.start, i.end), '2016-12');
    assert.equal(i.replacement, '2018-10');
    assert.deepEqual(words(dayMonth, checkText(kb, 'Park Jie-won travelled to Tokyo on 9 November as a presidential envoy.')), []);
  });

  it('leaves the denied member of a "not X but Y" correction alone, but not of "not only X but also Y"', () => {
    assert.deepEqual(checkText(kb, 'Japan did not reach the 2015 comfort women agreement with Moon Jae-in but with his predecessor.'), []);
    const additive = 'Japan not only reached the 2015 comfort women agreement with Moon Jae-in but also praised him for it.';
    assert.deepEqual(words(additive, checkText(kb, additive)), ['Moon Jae-in']);
  });

  it('flags any other person named as the delegation leader, and a British spelling of a wrong post', () => {
    const leader = 'A seven-member delegation headed by Lim Sung-nam met with Suga in Tokyo.';
    assert.deepEqual(words(leader, checkText(kb, leader)), ['Lim Sung-nam']);
    assert.deepEqual(checkText(kb, 'A seven-member delegation headed by Kim Jin-pyo met with Suga in Tokyo.'), []);
    const post = 'Blinken got on the phone with Defence Minister Motegi Toshimitsu last week.';
    assert.deepEqual(words(post, checkText(kb, post)), ['Defence Minister']);
  });

  it('leaves alone another office or event a sentence names beside a fact’s own words', () => {
    // The union's chair is another office than the delegation's head: Kang Chan-gil did chair the union.
    assert.deepEqual(checkText(kb, 'The Korea-Japan Parliamentarians’ Union was once chaired by Kang Chan-gil.'), []);
    // The Osaka G20 is another summit than Chengdu's, which a sentence may name beside it.
    const g20 = 'Apart from their Chengdu meeting, Abe and Moon also crossed paths at the G20 summit in Osaka, where they barely spoke.';
    assert.deepEqual(checkText(kb, g20), []);
    const wrong = 'Abe and Moon met in Chengdu at the G20 summit.';
    assert.deepEqual(words(wrong, checkText(kb, wrong)), ['G20']);
  });

  it("checks claims the writer attributes to the sources' own authors ('according to the CSIS authors')", () => {
    const own =
      'Sixty-five per cent of Japanese citizens deemed the economic retaliation against South Korea appropriate, according to the CSIS authors.';
    assert.deepEqual(words(own, checkText(kb, own)), ['Sixty-five per cent']);
    const other =
      'Sixty-five per cent of Japanese citizens deemed the economic retaliation against South Korea appropriate, according to Nikkei.';
    assert.deepEqual(checkText(kb, other), []);
  });

  it('leaves other events alone: an anniversary, another country’s court, another treaty, a description of another term', () => {
    expectUnderlines(kb, [
      ['Seoul and Tokyo marked the 50th anniversary of normalization in 2015 with muted ceremonies.', []],
      ['By 2025 the normalization treaty turns sixty, and neither capital plans a celebration.', []],
      ["Japan's own Supreme Court ruled in 2007 on wartime claims by Chinese laborers, a Korean official noted.", []],
      ['The 1951 peace treaty signed in San Francisco did not settle Japan\u2019s ties with Korea.', []],
      ['China and Japan normalized relations in 1972.', []],
      ['Alongside GSOMIA, the trilateral TISA channel kept some data flowing to Washington.', []],
      ['In August 2019 the Blue House threatened to quit GSOMIA over the export controls.', []],
      // The same words about the sourced event still warn.
      ['Japan and South Korea normalized relations in 1966.', ['1966']],
      ['Seoul threatened to quit GSOMIA, the trilateral pact with Tokyo and Washington.', ['trilateral']],
    ]);
  });

  it('reads a year between "the" and a noun as naming that thing, not as the date of another predicate', () => {
    expectUnderlines(kb, [
      ['Tokyo answered that the 1965 treaty settled such claims and tightened export controls on South Korea.', []],
      ['Moon argued that the 2015 agreement was flawed and dissolved the foundation it had created.', []],
      // A year that dates the predicate itself, or a decade or month after "the", still counts.
      ['Tokyo tightened export controls on South Korea in 2017.', ['2017']],
      ['The 2016 ruling by South Korea\u2019s Supreme Court ordered Japanese companies to compensate forced laborers.', ['2016']],
      ['The Six-Party Talks of the 1980s exposed Tokyo\u2019s anxieties about a regional settlement.', ['1980s']],
    ]);
  });

  it('reads an aside between dashes as it reads one between commas, and resumes the clause after it', () => {
    expectUnderlines(kb, [
      ['GSOMIA \u2014 the trilateral pact at the heart of the dispute \u2014 survived the crisis.', ['trilateral']],
      ["Japan's export restrictions -- formally announced in the spring of 2019 -- hit chipmakers hard.", ['spring']],
      ['On 12 November, Park Jie-won \u2014 then head of the NIS \u2014 traveled to Tokyo as a presidential envoy.', ['12']],
      // The aside's own event is not the fact's, and a lone dash still ends the clause.
      ['GSOMIA \u2014 which both sides signed in 2016 \u2014 was never terminated.', []],
      ['The Supreme Court ruled against Japanese firms in October 2018 \u2014 a ruling Tokyo rejected in 2019.', []],
    ]);
  });

  it('finds the actor of a predicate that a date splits ("struck the deal in 2015 with …")', () => {
    expectUnderlines(kb, [
      ['Abe struck the comfort women deal in late 2015 with President Moon Jae-in.', ['Moon Jae-in']],
      ['Abe struck the comfort women deal in late 2015 with President Park Geun-hye.', []],
      // The preposition of another predicate after the date is not the split trigger's.
      ['Kawamura flew to Seoul in October 2020 with two aides to meet his counterparts.', []],
    ]);
  });

  it("checks the writer's own words before a report, but not what the speaker is reported to say", () => {
    expectUnderlines(kb, [
      [
        'The November 2018 radar incident, in which Tokyo said a Korean destroyer had locked its fire-control radar on a patrol aircraft, soured military ties.',
        ['November'],
      ],
      ['Deputy Secretary of State David Stilwell told reporters in Tokyo that he would not mediate.', ['Deputy Secretary of State']],
      ['Tokyo said a Korean destroyer locked its fire-control radar on a patrol aircraft in November 2018.', []],
      ['Officials in Tokyo said the Korean Supreme Court ruled in 2016 against Japanese firms.', []],
    ]);
  });

  it('does not take a country that ends an opening phrase for a qualifier of the name after the comma', () => {
    expectUnderlines(kb, [
      ['On a stopover in Japan, Stilwell promised to mediate between Seoul and Tokyo.', ['promised to mediate']],
      ["On Tuesday Japan's Supreme Court ruled in 2016 on a separate case.", []],
    ]);
  });

  it('dates a predicate from a participle aside in brackets, and leaves a bracketed aside on a person alone', () => {
    expectUnderlines(kb, [
      ['The ruling of the Korean Supreme Court (issued in November 2016) angered Tokyo.', ['November 2016']],
      ['Moon (elected in May 2016) inherited the comfort women agreement.', []],
    ]);
  });

  it('reads an opening "he" or "she" as the one person the previous sentence of the paragraph names, and only then', () => {
    expectUnderlines(kb, [
      [
        'Takeo Kawamura heads the Japan-Korea Parliamentarians\u2019 Union. He met his counterparts informally in Seoul in July 2020.',
        ['July'],
      ],
      // Two people before it: whose trip is it?
      ['Takeo Kawamura talked with Suga. He met his counterparts informally in Seoul in July 2020.', []],
      // Another paragraph.
      ['Takeo Kawamura heads the union.\n\nHe met his counterparts informally in Seoul in July 2020.', []],
      // Someone else named before the pronoun.
      ['Takeo Kawamura heads the union. After Kim Jin-pyo left, he met his counterparts informally in Seoul in July 2020.', []],
      // An opening "his", and a chain of sentences about the same person.
      ['David Stilwell visited Tokyo. His itinerary took him from Tokyo to Seoul by way of Beijing.', ['Beijing']],
      [
        'Kang Chan-gil chaired the union for years. On November 23 the Blue House appointed him as the next ambassador to China.',
        ['China'],
      ],
      ['Takeo Kawamura heads the union. He is a veteran. He met his counterparts informally in Seoul in July 2020.', ['July']],
      // The chain breaks at a sentence about someone else, or about nobody.
      ['Takeo Kawamura heads the union. Suga is a veteran. He met his counterparts informally in Seoul in July 2020.', []],
      ['Takeo Kawamura heads the union. It was a quiet year. He met his counterparts informally in Seoul in July 2020.', []],
    ]);
  });

  it('reads a post set off by commas before a name as that person\'s, and "tapped as" as an appointment', () => {
    expectUnderlines(kb, [
      ['Pottinger met the secretary of state, John Bolton, in Seoul.', ['secretary of state']],
      ['The national security adviser, John Bolton, visited Tokyo.', []],
      ['Kang Chan-gil was tapped as ambassador to China.', ['China']],
    ]);
  });

  it('leaves a past post, a clause opened by "even as", a named mistake and the counter-accusation alone', () => {
    expectUnderlines(kb, [
      ["Bolton, a former U.S. ambassador to the United Nations, came to Tokyo in 2019 as Trump's national security adviser.", []],
      ['Bolton, previously secretary of state, visited Tokyo in 2019.', []],
      // "previously" before Suga's post is the claim the fact is about: his post before he became prime minister.
      ["Suga, previously Abe's foreign minister, had a direct hand in the 2015 comfort women deal.", ['foreign minister']],
      ['Bolton, an ex-ambassador, visited Tokyo and Seoul.', []],
      ['Ties between Tokyo and Seoul steadied even as the yen slid to a 34-year low against the dollar.', []],
      ['A common slip is to call GSOMIA a trilateral pact; it is bilateral.', []],
      ['South Korea accused the Japanese patrol aircraft of buzzing its destroyer, turning the radar dispute on its head.', []],
      // A fact about an earlier post is contradicted by a wrong "former" post; the other cases still warn.
      ['Former foreign minister Suga played a role in the 2015 comfort women deal.', ['foreign minister']],
      ['Bolton, the ambassador to the United Nations, visited Tokyo in 2019.', ['ambassador']],
      ['Ties fell to a 34-year low even as both capitals protested.', ['34-year']],
      ['Relations continued to slip to a 50-year low.', ['50-year']],
      ['South Korea accused Japan of locking fire-control radar on its destroyer.', ['South Korea']],
    ]);
  });

  it('reads the subject as the object between a predicate and its preposition or post, past a title or an aside', () => {
    expectUnderlines(kb, [
      ['Moon sent Park Jie-won, his intelligence chief, to Osaka on 9 November as a presidential envoy.', ['Osaka']],
      ['Moon sent Park Jie-won to Osaka in November as a presidential envoy.', ['Osaka']],
      ['On 23 November the Blue House named Rep. Kang Chan-gil ambassador to China.', ['China']],
      ['On 23 November the Blue House named Kang Chan-gil, a former lawmaker, as ambassador to China.', ['China']],
      // The right values, and another object, stay quiet.
      ['Moon sent Park Jie-won to Tokyo in November as a presidential envoy.', []],
      ['The Blue House named Representative Kang Chan-gil ambassador to Japan.', []],
      ["Moon sent Park Jie-won's letter to Osaka in November as an envoy's gesture.", []],
    ]);
  });

  it('underlines a wrong month with the part of the month before it, which the fix replaces too', () => {
    const text = 'A seven-member delegation met Suga in Tokyo in early October 2020.';
    const [f] = checkText(kb, text);
    assert.equal(text.slice(f.start, f.end), 'early October');
    assert.equal(f.replacement, 'November');
  });

  it('reads an object "it" as the one thing the previous sentence of the paragraph names, and only then', () => {
    expectUnderlines(kb, [
      ['GSOMIA, the bilateral intelligence-sharing pact, was the next casualty. Seoul terminated it later that year.', ['terminated']],
      ['The comfort women agreement was signed in 2015. Moon scrapped it in 2017.', ['2017']],
      // "It" opening the sentence, for a subject the previous sentence names only by a fact's own cue.
      ['The Supreme Court made headlines. It ruled in October 2017 that Japanese firms must pay.', ['2017']],
      // Right, negated, planned, two things before it, another subject, or "it" as a subject: quiet.
      ['The comfort women agreement was signed in 2015. Moon scrapped it in 2018.', []],
      ['The 2015 agreement angered many Koreans. Moon criticized it in 2017 but did not scrap it.', []],
      ['TISA and GSOMIA both survived. Seoul terminated it anyway.', []],
      ['GSOMIA survived the crisis. Seoul threatened to terminate it but did not.', []],
      ['GSOMIA survived. It was terminated in 2019.', []],
      ['The Supreme Court made headlines. It was clear that it ruled in October 2017.', []],
      ['Moon visited Tokyo. Abe hosted it in 2018.', []],
      ['GSOMIA survived.\n\nSeoul terminated it anyway.', []],
    ]);
  });

  it('reads "the court" as the one thing the previous sentence names by a name ending in "court", and only then', () => {
    expectUnderlines(kb, [
      [
        'Sakata traces the downward spiral to a single judgment by the Korean Supreme Court. The court handed down the decision in April 2018, ordering Japanese companies to compensate the victims.',
        ['April'],
      ],
      // Right; another court ("of appeals"); another paragraph; a thing named by another noun; two things before it.
      [
        'Sakata traces the downward spiral to a single judgment by the Korean Supreme Court. The court handed down the decision in October 2018.',
        [],
      ],
      [
        'Sakata traces the spiral to a judgment by the Korean Supreme Court. The court of appeals handed down a decision in April 2018.',
        [],
      ],
      [
        'Sakata traces the spiral to a judgment by the Korean Supreme Court.\n\nThe court handed down the decision in April 2018, ordering Japanese companies to compensate the victims.',
        [],
      ],
      [
        'Sakata traces the spiral to the 2015 comfort women agreement. The court handed down the decision in April 2018, ordering Japanese companies to compensate the victims.',
        [],
      ],
      [
        'The Korean Supreme Court and the constitutional court both weighed in. The court handed down the decision in April 2018, ordering Japanese companies to compensate the victims.',
        [],
      ],
    ]);
  });
  it('leaves the date of a judgment ("In 2019 the Abe administration saw Moon\'s withdrawal … as …") to the judgment', () => {
    expectUnderlines(kb, [
      // The note that the sources differ on whether the agreement was withdrawn from stays on its own words.
      ["In 2019 the Abe administration saw Moon's withdrawal from the comfort women agreement as a breach of trust.", ['withdrawal from']],
      ['In 2019 Moon withdrew from the comfort women agreement.', ['2019', 'withdrew from']],
    ]);
  });
});
