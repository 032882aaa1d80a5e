/**
 * What a share is a share of ("65 percent of South Koreans", "56 percent of Japanese citizens"), and what a length of
 * time is the length of ("a 70-year low"): two shares or lengths differ only when they measure one thing. Apart
 * because such a value is compared by the words beside it, not by its value.
 */
import { PEOPLE_NOUNS, TIME_UNITS } from '../lexicon';
import { type AnalysedSentence, SHARE_UNIT, type Slot } from '../sentenceAnalysis';
import { stem } from '../stem';
import { inClauseOf } from './events';

/**
 * The thing a length of time written before a noun is the length of ("a 70-year low", "a 12-year hiatus"), as its
 * stem; undefined for any other number, or a length standing alone ("in about twelve years").
 */
function measuredBy(a: AnalysedSentence, slot: Slot): string | undefined {
  if (slot.kind !== 'number' || !TIME_UNITS.has(slot.number!.unit ?? '')) return undefined;
  const unit = a.words[slot.last + 1];
  const thing = slot.last + 2;
  return unit?.joined && a.content[thing] === 1 ? a.stems[thing] : undefined;
}

/**
 * Two lengths of time are of one thing unless one is written before the noun it measures and the other names no such
 * thing beside it: "a 70-year low in relations" and "the first trip in about twelve years" measure two things.
 */
export function sameMeasured(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  const mine = measuredBy(x, a);
  const theirs = measuredBy(y, b);
  if (mine === undefined && theirs === undefined) return true;
  if (mine !== undefined && theirs !== undefined) return mine === theirs;
  return mine !== undefined ? inClauseOf(y, b, mine) : inClauseOf(x, a, theirs!);
}

/** The stems of the nouns that count people without saying which ("people", "citizens", "respondents"). */
const PEOPLE_STEMS = new Set([...PEOPLE_NOUNS].map(stem));

/** Words that stand for a whole already named ("of them", "of those"): they agree with any whole. */
const STAND_IN_WHOLES = new Set(['them', 'those', 'these', 'it', 'this', 'that', 'all']);

/** Words between "of" and the whole it names ("of the surviving women"). */
const WHOLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'all']);

/**
 * What a share is a share of, right after its "of": the party named there ("of Koreans", "of Japanese citizens")
 * and the nouns that follow it, up to the first word that is not one ("of the surviving women view …").
 */
function wholeOf(a: AnalysedSentence, slot: Slot): string[] | undefined {
  let i = slot.last + 1;
  while (i < a.words.length && i <= slot.last + 2 && a.words[i].lower !== 'of') i++;
  if (a.words[i]?.lower !== 'of' || STAND_IN_WHOLES.has(a.words[i + 1]?.lower ?? '')) return undefined;
  let k = i + 1;
  while (k < a.words.length && WHOLE_DETERMINERS.has(a.words[k].lower)) k++;
  const out: string[] = [];
  for (let n = 0; n < 3 && k < a.words.length; n++) {
    const party = a.slots.find((o) => o.kind === 'entity' && o.first === k);
    if (party) {
      out.push(`e:${party.entity!.key}`);
      k = party.last + 1;
      // "of South Koreans" ends with the people; "of Japanese citizens" goes on to its noun.
      if (!party.entity!.adjective) break;
    } else if (a.content[k] === 1 && !/(?:ed|ing)$/.test(a.words[k].lower)) {
      // One noun: the word after it may already be the verb ("of people regard Japan").
      out.push(a.stems[k]);
      break;
    } else break;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Two shares are of one whole when both name it in a word they share, or either leaves it unnamed: "65 percent of
 * South Koreans" and "56 percent of Japanese citizens" count two peoples.
 */
export function sameWhole(x: AnalysedSentence, a: Slot, y: AnalysedSentence, b: Slot): boolean {
  if (a.kind !== 'number' || a.number!.unit !== SHARE_UNIT) return true;
  const mine = wholeOf(x, a);
  const theirs = wholeOf(y, b);
  // "of people" says only that people are counted: the sentence names which elsewhere ("In South Korea, …").
  const generic = (whole: string[]) => whole.every((w) => PEOPLE_STEMS.has(w));
  if (mine === undefined || theirs === undefined || generic(mine) || generic(theirs)) return true;
  return mine.some((w) => theirs.includes(w));
}
