import { splitSentences } from '../../text/sentences';
import { findDates } from '../../claims/values';
import { tokenize } from '../../claims/tokens';
import { ROLE_HEADS } from '../../claims/grounded/lexicon';

/**
 * Photo captions read as statements. A caption lists the people a picture shows, each placed by where they stand
 * ("Japan's Vice Foreign Minister Akitaka Saiki (C), U.S. Deputy Secretary of State Antony Blinken (L), and South
 * Korean First Vice Foreign Minister Lim Sung-nam pose at the start of their trilateral meeting, at …"), then its date
 * ("January 16, 2016.") and the camera's credit ("REUTERS/…/Pool"). Read whole, the list sets one person's country and
 * title beside another's name (a draft's "South Korean … Lim" was set against the first person's "Japan's"); so each
 * person is restated alone with what the caption says they all do, where and when: "Japan's Vice Foreign Minister
 * Akitaka Saiki pose at the start of their trilateral meeting, at …, on January 16, 2016."; and the people together by
 * their names alone, with no one's country or title ("Akitaka Saiki, Antony Blinken and Lim Sung-nam pose at …"), for
 * a draft telling the meeting of them all. The credit states nothing.
 */

/** Where a photo caption places a person it names: "(C)", "(L)", "(left)", "(2nd R)", "(L-R)". */
export const PHOTO_POSITION = /\((?:\d(?:st|nd|rd|th) )?(?:[LCR]|L-R|R-L|left|right|cent(?:er|re)|front|back|top|bottom)\)/i;
const PHOTO_POSITIONS = new RegExp(`\\s*${PHOTO_POSITION.source}`, 'gi');

/**
 * How many characters of a caption's statement its person's own phrase takes: the item's words, positions left out; 0
 * for the statement of the people together, which opens with their names alone.
 */
export function captionSubject(item: string, statement: string): number {
  const own = item.replace(PHOTO_POSITIONS, '').trim();
  return statement.startsWith(`${own} `) ? own.length : 0;
}

/** One person a caption names, restated with the caption's predicate and date. */
export interface CaptionItem {
  /** The item's span in the caption line ("Japan's Vice Foreign Minister Akitaka Saiki (C)"). */
  start: number;
  end: number;
  /** What the caption says of that person alone, as a sentence. */
  statement: string;
  /** The caption's people together, by their names alone (the item spans the whole list). */
  together?: true;
}

/**
 * Lower-case words a name or title may hold between its capitalised words ("Secretary of State", "Minister for
 * Foreign Affairs", "Ban Ki-moon"): a run of capitalised words goes on past them only to another capitalised word.
 */
const NAME_JOINERS = new Set(['of', 'for', 'the', 'de', 'van', 'von', 'al', 'bin']);

/** Most items a caption's list may hold: a longer one is a crowd's list, read as none. */
const MOST_ITEMS = 8;

/**
 * The people a caption line names, each restated with the caption's predicate (and its date line, if any); none when
 * the line is no caption (no photo position) or its list does not read cleanly as names, each a run of capitalised
 * words (its country's possessive or adjective, its title, the name), followed by a predicate.
 */
export function captionItems(line: string): CaptionItem[] {
  if (!PHOTO_POSITION.test(line)) return [];
  const sentences = splitSentences(line);
  const at = sentences.findIndex((s) => PHOTO_POSITION.test(line.slice(s.start, s.end)));
  if (at < 0) return [];
  const caption = sentences[at];
  const date = sentences.slice(at + 1).find((s) => isDateLine(line.slice(s.start, s.end)));
  const list = listOf(line, caption.start, caption.end);
  if (!list) return [];
  const predicate = line
    .slice(list.predicate, caption.end)
    .replace(PHOTO_POSITIONS, '')
    .replace(/[.!]?\s*$/, '');
  // A caption whose own words date it says so already; otherwise its date line dates it.
  const dated = date && !hasDate(predicate) ? `, on ${line.slice(date.start, date.end).replace(/\.\s*$/, '')}` : '';
  const items: CaptionItem[] = list.items.map(({ start, end }) => ({
    start,
    end,
    statement: `${line.slice(start, end).replace(PHOTO_POSITIONS, '').trim()} ${predicate}${dated}.`,
  }));
  // The people together, by their names alone: what the caption says of them all, with none's country or title.
  const names = list.items.map(({ start, end }) => nameOf(line.slice(start, end).replace(PHOTO_POSITIONS, '').trim()));
  if (items.length > 1 && names.every((n) => n !== undefined)) {
    const together = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    items.push({ start: list.items[0].start, end: list.items[list.items.length - 1].end, statement: `${together} ${predicate}${dated}.`, together: true });
  }
  return items;
}

/**
 * The name a list item ends with, after its country and title ("Antony Blinken" of "U.S. Deputy Secretary of State
 * Antony Blinken"): the words after the title's last head (lexicon.ts `ROLE_HEADS`) and an "of …" closing it.
 * Undefined when the item holds no title or nothing after it: its name cannot be told from its other words.
 */
function nameOf(item: string): string | undefined {
  const words = tokenize(item, 0, item.length).filter((w) => w.word);
  let head = -1;
  words.forEach((w, k) => {
    if (ROLE_HEADS.has(w.lower)) head = k;
  });
  if (head < 0) return undefined;
  let from = head + 1;
  if (words[from]?.lower === 'of' && words[from + 1]) from += 2;
  if (from >= words.length || !words.slice(from).every((w) => /^\p{Lu}/u.test(w.text) || w.joined)) return undefined;
  return item.slice(words[from].start);
}

/**
 * The items of a caption's list and where its predicate starts: items parted by commas and "and", each a run of
 * capitalised words with an optional position; the predicate the first lower-case word after the last item.
 */
function listOf(line: string, from: number, to: number): { items: { start: number; end: number }[]; predicate: number } | undefined {
  const words = tokenize(line, from, to);
  const items: { start: number; end: number }[] = [];
  let i = 0;
  // "(L-R)" opening the caption places the whole list; otherwise each item but the last places its own person.
  // An item without one ("Trade" of "Minister of Trade, Industry and Energy …") is no person of the list.
  while (i < words.length && isPosition(words, i)) i = positionEnd(words, i);
  const placedWhole = i > 0;
  // Whether each item carries its own position.
  const placed: boolean[] = [];
  for (;;) {
    const first = i;
    // The run of capitalised words (and a possessive's "'s", a hyphen's parts, an initial's full stop).
    let last = -1;
    while (i < words.length) {
      const w = words[i];
      if (w.word && /^\p{Lu}/u.test(w.text)) last = i++;
      else if (w.word && last >= 0 && w.joined && (w.lower === 's' || /^\p{Ll}/u.test(w.text)) && isJoinedMark(words[i - 1])) last = i++;
      else if (!w.word && last >= 0 && (w.text === "'" || w.text === '’' || w.text === '-') && words[i + 1]?.joined) i++;
      // An initial's full stop ("U.S.", "Kim D. Jung").
      else if (w.text === '.' && last === i - 1 && words[last].text.length === 1) i++;
      else if (w.word && last >= 0 && NAME_JOINERS.has(w.text) && /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && words[i + 1].word) i++;
      else break;
    }
    if (last < first) return undefined;
    let end = words[last].end;
    placed.push(isPosition(words, i));
    while (i < words.length && isPosition(words, i)) {
      const close = positionEnd(words, i);
      end = words[close - 1].end;
      i = close;
    }
    items.push({ start: words[first].start, end });
    if (items.length > MOST_ITEMS) return undefined;
    // The list goes on after a comma, "and" or ", and".
    let next = i;
    if (words[next]?.text === ',') next++;
    if (words[next]?.lower === 'and' && /^\p{Lu}/u.test(words[next + 1]?.text ?? '')) next++;
    if (next === i || !/^\p{Lu}/u.test(words[next]?.text ?? '')) {
      // The predicate: a lower-case word right after the last item.
      if (!words[i]?.word || !/^\p{Ll}/u.test(words[i].text)) return undefined;
      // Every item placed, or all but the last of several.
      const unplaced = placed.filter((p) => !p).length;
      const read = unplaced === 0 || (unplaced === 1 && !placed[placed.length - 1] && placed.length > 1);
      if (!placedWhole && !read) return undefined;
      return { items, predicate: words[i].start };
    }
    i = next;
  }
}

/** A word joined to the mark before it ("Korea's", "Sung-nam"). */
function isJoinedMark(t: { text: string; word: boolean }): boolean {
  return !t.word && (t.text === "'" || t.text === '’' || t.text === '-');
}

/** Whether tokens from `i` are a photo position in brackets. */
function isPosition(words: readonly { text: string }[], i: number): boolean {
  if (words[i]?.text !== '(') return false;
  const close = words.findIndex((w, k) => k > i && w.text === ')');
  return close > i && close - i <= 6 && PHOTO_POSITION.test(words.slice(i, close + 1).map((w) => w.text).join(' ').replace(/\s*-\s*/g, '-').replace(/\(\s+/, '(').replace(/\s+\)/, ')'));
}

/** The token after a photo position's closing bracket. */
function positionEnd(words: readonly { text: string }[], i: number): number {
  return words.findIndex((w, k) => k > i && w.text === ')') + 1;
}

/** Whether a sentence is a date and nothing else ("January 16, 2016.", "16 January 2016"). */
function isDateLine(sentence: string): boolean {
  const words = tokenize(sentence, 0, sentence.length).filter((w) => w.word);
  const dates = findDates(words, sentence);
  return dates.length === 1 && dates[0].first === 0 && dates[0].last === words.length - 1 && dates[0].year !== undefined;
}

function hasDate(text: string): boolean {
  const words = tokenize(text, 0, text.length).filter((w) => w.word);
  return findDates(words, text).some((d) => d.year !== undefined);
}
