/**
 * Whose account: a draft giving one party's version of an event ("In Tokyo's account, …") that the claim gives as
 * another party's ("(the Korean side's perspective)"). Apart because the account ties the two tellers, whatever the
 * events inside it name.
 */
import {
  ACCOUNT_LINKS,
  ACCOUNT_NOUNS,
  ACCOUNT_OPENERS,
  CLAUSE_OPENERS,
  FUNCTION_WORDS,
  ROLE_MODIFIERS,
  SPEAKING_VERBS,
  VIEW_VERBS,
} from '../lexicon';
import type { AnalysedSentence, Slot } from '../sentenceAnalysis';
import { textBetween } from '../sourceClaims';
import { PUNCTUATION_BETWEEN } from './clauses';
import { compareParties, personLike } from './parties';
import { ReadingMap } from '../readingMemo';

/**
 * The party whose account a sentence opening "In Tokyo's account, …", "From the Japanese perspective, …", "In the
 * Japanese version of events, …", "According to Japan, …" (or "According to Seoul's version of the incident, …") or
 * "Seoul's version was that …" gives, with the word where the account starts; undefined for any other sentence.
 */
function tellerOf(a: AnalysedSentence): { party: Slot; from: number } | undefined {
  const opening = accountOpening(a);
  if (!opening) return undefined;
  const type = opening.party.entity!.type;
  return type === 'place' || type === 'organisation' ? opening : undefined;
}

/**
 * The party, of any kind (a person too: "In Sakata's account, …"), whose account a sentence opens by giving as
 * `tellerOf` reads it, with the word where the account starts; undefined for any other sentence. From word `at`, an
 * account a later clause of the sentence opens the same way ("…; in the Japanese telling, …").
 */
export function accountOpening(a: AnalysedSentence, at = 0): { party: Slot; from: number } | undefined {
  const w = (i: number) => a.words[i]?.lower ?? '';
  const according = w(at) === 'according' && w(at + 1) === 'to';
  const opened = according || ACCOUNT_OPENERS.has(w(at));
  // Past the sentence's opening, only a clause opened so ("…; in the Japanese telling, …") gives another account.
  if (at > 0 && !opened) return undefined;
  const k = according ? at + 2 : at + (opened ? 1 : 0) + (w(at + (opened ? 1 : 0)) === 'the' ? 1 : 0);
  const party = a.slots.find((s) => s.kind === 'entity' && s.first === k);
  if (!party) return undefined;
  let i = party.last + 1;
  // "Tokyo's account", "the Japanese side's telling", "the Japanese version of events": needed but after "according to".
  if (w(i) === 'side') i++;
  if (w(i) === 's') i++;
  const noun = ACCOUNT_NOUNS.has(w(i));
  // "The Japanese side's: the destroyer locked …": the account's noun left out, said of an account told before.
  if (!noun && w(i - 1) === 's' && textBetween(a, i - 1, i).includes(':')) return { party, from: i };
  if (!noun && !according) return undefined;
  if (noun) {
    i++;
    // "… of events", "… of the incident": on to the comma, a few words on.
    if (w(i) === 'of') {
      let last = i;
      while (last < i + 3 && !textBetween(a, last, last + 1).includes(',')) last++;
      i = last + 1;
    }
  }
  if (!opened) {
    // "Seoul's version was that …": the account is what follows "that".
    if (!ACCOUNT_LINKS.has(w(i)) || w(i + 1) !== 'that') return undefined;
    i += 2;
    // A later clause's account may run on unmarked ("…, while in Tokyo's account the destroyer …").
  } else if (at === 0 && !textBetween(a, i - 1, i).includes(',')) return undefined;
  return { party, from: i };
}

/**
 * The accounts a passage gives in brackets after what each party tells ("… buzzing a South Korean destroyer (the
 * Korean side's perspective) or a South Korean destroyer locking its … radar onto a Japanese patrol aircraft (the
 * Japanese perspective)"): each party with the words of the account before its bracket.
 */
function bracketedTellers(a: AnalysedSentence): { party: Slot; from: number; to: number }[] {
  const out: { party: Slot; from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i < a.words.length; i++) {
    if (!ACCOUNT_NOUNS.has(a.words[i].lower)) continue;
    // Back to the bracket: "(the Korean side's perspective)", "(the Japanese perspective)".
    let k = i - 1;
    while (k > 0 && (a.words[k].lower === 's' || a.words[k].lower === 'side')) k--;
    const party = a.slots.find((s) => s.kind === 'entity' && s.last === k);
    if (!party) continue;
    const open = party.first > 0 && a.words[party.first - 1].lower === 'the' ? party.first - 1 : party.first;
    if (open === 0 || !textBetween(a, open - 1, open).includes('(')) continue;
    out.push({ party, from, to: open - 1 });
    from = i + 1;
  }
  return out;
}

/** Whether word `i` may open another clause or an aside: after a mark or a word opening a clause ("; in …", "and in …"). */
function opensAnother(a: AnalysedSentence, i: number): boolean {
  return PUNCTUATION_BETWEEN.test(textBetween(a, i - 1, i)) || CLAUSE_OPENERS.has(a.words[i - 1].lower);
}

/**
 * The draft gives one party's account of an event ("In the Japanese account, a Japanese patrol aircraft buzzed a
 * South Korean destroyer") that the claim gives as another party's: the draft's teller with the claim's. The account
 * is the bracketed one sharing the most words with the draft's, and more than any other.
 */
export function tellerSwap(draft: AnalysedSentence, claim: AnalysedSentence): [Slot, Slot] | undefined {
  const mine = tellerOf(draft);
  if (!mine) return undefined;
  const accounts = bracketedTellers(claim);
  if (accounts.length === 0) return undefined;
  // The account runs to where the sentence opens another ("In the Korean telling, …; in the Japanese telling, …").
  let end = mine.from + 1;
  // or gives another party's telling ("…, whereas Tokyo maintained that …"), whose words are no part of this account.
  // or gives another party's account with its noun left out ("…; Tokyo's, that a Korean warship …").
  while (
    end < draft.words.length &&
    !(opensAnother(draft, end) && (accountOpening(draft, end) || tellsAt(draft, end) || elidedAccountAt(draft, end)))
  )
    end++;
  const told = new Set<string>();
  for (let i = mine.from; i < end; i++) if (draft.content[i] === 1) told.add(draft.stems[i]);
  const shared = accounts.map(({ from, to }) => {
    const seen = new Set<string>();
    for (let j = from; j <= to; j++) if (claim.content[j] === 1 && told.has(claim.stems[j])) seen.add(claim.stems[j]);
    return seen.size;
  });
  const best = Math.max(...shared);
  if (best < MIN_ACCOUNT_SHARED || shared.filter((n) => n === best).length > 1) return undefined;
  const theirs = accounts[shared.indexOf(best)].party;
  return compareParties(mine.party, theirs) === 'differ' ? [mine.party, theirs] : undefined;
}

/**
 * The party whose account the draft gives ("The Japanese side's: the destroyer locked …"), where the claim gives its
 * accounts in brackets after each: the account ties the tellers (`tellerSwap`), so that party is no value to line up
 * with a party the claim's events or brackets name. Undefined otherwise.
 */
export function accountTeller(draft: AnalysedSentence, claim: AnalysedSentence): Slot | undefined {
  const mine = tellerOf(draft);
  return mine && bracketedTellers(claim).length > 0 ? mine.party : undefined;
}

/**
 * Whether `claim` may back the draft's `party` where the draft gives that party's account ("In Seoul's telling, …"):
 * only by giving an account as that party's too, not by naming the party inside the events it tells.
 */
export function tellsAsInDraft(draft: AnalysedSentence, party: Slot, claim: AnalysedSentence): boolean {
  if (tellerOf(draft)?.party !== party) return true;
  const tellers = [...bracketedTellers(claim).map((t) => t.party), tellerOf(claim)?.party];
  return tellers.some((t) => t !== undefined && compareParties(party, t) === 'same');
}

/** Whether word `k` opens a party's telling: the party and a verb of saying or holding a view ("Tokyo maintained …"). */
function tellsAt(a: AnalysedSentence, k: number): boolean {
  const at = a.words[k]?.lower === 'the' ? k + 1 : k;
  const party = a.slots.find((s) => s.kind === 'entity' && s.first === at);
  if (!party) return false;
  let v = party.last + 1;
  // Past an aside set off by commas ("Tokyo, by contrast, said …"): a few words, closed by a comma.
  if (textBetween(a, party.last, v).includes(',')) {
    let close = v;
    while (close < v + ASIDE_REACH && close + 1 < a.words.length && !textBetween(a, close, close + 1).includes(',')) close++;
    if (textBetween(a, close, close + 1).includes(',')) v = close + 1;
  }
  const verb = a.words[v]?.lower;
  return verb !== undefined && (SPEAKING_VERBS.has(verb) || VIEW_VERBS.has(verb));
}

/**
 * Whether word `k` opens another party's account whose noun the sentence leaves out, as said of the account before
 * ("Seoul's version was that …; Tokyo's, that …", "…; Tokyo's was that …"): the party's possessive, then a comma or
 * "that", or a link and "that".
 */
function elidedAccountAt(a: AnalysedSentence, k: number): boolean {
  // "…; in Tokyo's, the destroyer …": past the word opening an account.
  if (ACCOUNT_OPENERS.has(a.words[k]?.lower ?? '')) k++;
  const at = a.words[k]?.lower === 'the' ? k + 1 : k;
  const party = a.slots.find((s) => s.kind === 'entity' && s.first === at);
  if (!party) return false;
  let i = party.last + 1;
  if (a.words[i]?.lower === 'side') i++;
  if (a.words[i]?.lower !== 's') return false;
  const next = a.words[i + 1]?.lower;
  return (
    textBetween(a, i, i + 1).includes(',') ||
    next === 'that' ||
    (next !== undefined && ACCOUNT_LINKS.has(next) && a.words[i + 2]?.lower === 'that')
  );
}

/** How many words an aside between a teller and its verb may have ("by contrast", "for its part"). */
const ASIDE_REACH = 4;

/** Words an account must share with a passage's bracketed account to be that one. */
const MIN_ACCOUNT_SHARED = 3;

/** How far after a closing quotation mark the person it is given to may be named ("“…,” says Seoul National University Professor Park"). */
const SPEAKER_REACH = 8;

/** The person named at word k, past a title before the name ("former Foreign Minister Yu Myung Hwan"), if any. */
function personAt(a: AnalysedSentence, k: number): Slot | undefined {
  const title = a.slots.find((s) => s.kind === 'role' && s.first === k);
  const at = title ? title.last + 1 : k;
  const slot = a.slots.find((s) => s.first === at && s.kind === 'entity');
  return slot && personLike(slot) && !slot.entity!.adjective ? slot : undefined;
}

/**
 * The person a sentence gives its statement as said by: "According to [title] X, …", "…, according to X." at its end,
 * "X predicted that …" opening it, or a quotation given to X after it ("“…,” says Professor X", "“…,” X, …, told me").
 */
function speakerOf(a: AnalysedSentence): Slot | undefined {
  const w = (i: number) => a.words[i]?.lower ?? '';
  for (let i = 0; i + 1 < a.words.length; i++) {
    if (w(i) !== 'according' || w(i + 1) !== 'to' || (i > 0 && !textBetween(a, i - 1, i).includes(','))) continue;
    const person = personAt(a, i + 2);
    if (person && (person.last === a.words.length - 1 || textBetween(a, person.last, person.last + 1).includes(','))) return person;
  }
  const opening = personAt(a, w(0) === 'the' ? 1 : 0);
  if (opening && SPEAKING_VERBS.has(w(opening.last + 1)) && w(opening.last + 2) === 'that') return opening;
  for (let i = 1; i < a.words.length; i++) {
    if (a.quoted[i - 1] !== 1 || a.quoted[i] !== 0) continue;
    let spoken = false;
    for (let j = i; j < a.words.length && j <= i + SPEAKER_REACH; j++) {
      const slot = a.slots.find((s) => s.first === j);
      if (slot?.kind === 'entity' && personLike(slot) && !slot.entity!.adjective) {
        // The verb before the name, or after it and whatever is set beside it ("…, an important actor …, told me").
        for (let k = slot.last + 1; !spoken && k < a.words.length; k++) spoken = SPEAKING_VERBS.has(w(k));
        return spoken ? slot : undefined;
      }
      if (slot) j = slot.last;
      else if (SPEAKING_VERBS.has(w(j))) spoken = true;
      // A word of the speaker's title the title slot leaves out ("former South Korean foreign minister …") is theirs.
      else if (!FUNCTION_WORDS.has(w(j)) && !ROLE_MODIFIERS.has(w(j)) && a.content[j] === 1) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The draft gives its statement as one person's ("…, according to former Foreign Minister Yu Myung Hwan") that the
 * claim gives as another's ("“…,” says … Professor Park Cheol Hee"): the draft's speaker with the claim's.
 */
export function speakerSwap(draft: AnalysedSentence, claim: AnalysedSentence): [Slot, Slot] | undefined {
  const mine = keptSpeakerOf(draft);
  const theirs = mine && keptSpeakerOf(claim);
  return mine && theirs && compareParties(mine, theirs) === 'differ' ? [mine, theirs] : undefined;
}

/** Each reading's speaker, read once: a draft sentence is lined up with several passages, and a passage with many sentences. */
const SPEAKERS = new ReadingMap<Slot | null>();

/**
 * The person a sentence gives its statement as said by ("According to Professor Park, …", "“…,” says Park"), if any;
 * read once per reading.
 */
export function keptSpeakerOf(a: AnalysedSentence): Slot | undefined {
  let found = SPEAKERS.get(a);
  if (found === undefined) SPEAKERS.set(a, (found = speakerOf(a) ?? null));
  return found ?? undefined;
}
