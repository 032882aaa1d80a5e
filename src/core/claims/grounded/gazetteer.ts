/**
 * Countries and the names that stand for them in policy writing: the country's names, its capital (the usual
 * metonym: "Tokyo objected"), and its adjective ("Japanese exports"). Data about the world, not about any source:
 * it lets a draft's "Seoul" and a source's "South Korea" be read as one party, and "Beijing" as another. Names are
 * lower-case, multi-word names spaced as written.
 */
const COUNTRIES: readonly (readonly string[])[] = [
  // canonical name first, then other names, capital, adjective
  ['united states', 'u.s', 'us', 'usa', 'america', 'washington', 'american'],
  ['japan', 'tokyo', 'japanese'],
  ['south korea', 'republic of korea', 'rok', 'korea', 'seoul', 'korean', 'south korean'],
  ['north korea', 'dprk', 'pyongyang', 'north korean'],
  ['china', 'prc', "people's republic of china", 'beijing', 'chinese'],
  ['taiwan', 'taipei', 'taiwanese'],
  ['russia', 'moscow', 'russian'],
  ['united kingdom', 'uk', 'u.k', 'britain', 'great britain', 'london', 'british'],
  ['france', 'paris', 'french'],
  ['germany', 'berlin', 'german'],
  ['india', 'new delhi', 'delhi', 'indian'],
  ['australia', 'canberra', 'australian'],
  ['canada', 'ottawa', 'canadian'],
  ['italy', 'rome', 'italian'],
  ['vietnam', 'hanoi', 'vietnamese'],
  ['philippines', 'manila', 'philippine', 'filipino'],
  ['indonesia', 'jakarta', 'indonesian'],
  ['thailand', 'bangkok', 'thai'],
  ['singapore', 'singaporean'],
  ['malaysia', 'kuala lumpur', 'malaysian'],
  ['myanmar', 'burma', 'naypyidaw', 'burmese'],
  ['cambodia', 'phnom penh', 'cambodian'],
  ['mongolia', 'ulaanbaatar', 'mongolian'],
  ['new zealand', 'wellington'],
  ['iran', 'tehran', 'iranian'],
  ['israel', 'jerusalem', 'israeli'],
  ['ukraine', 'kyiv', 'kiev', 'ukrainian'],
  ['saudi arabia', 'riyadh', 'saudi'],
  ['brazil', 'brasilia', 'brazilian'],
  ['mexico', 'mexico city', 'mexican'],
];

/** Names above that end like adjectives but are nouns. */
const COUNTRY_NOUNS = new Set([
  'japan',
  'taiwan',
  'iran',
  'new delhi',
  'delhi',
  'riyadh',
  'singapore',
  'jerusalem',
  'hanoi',
  'kyiv',
  'manila',
  'tehran',
  'berlin',
  'ottawa',
  'bangkok',
  'ulaanbaatar',
  'brasilia',
  'naypyidaw',
  'washington',
  'beijing',
  'seoul',
  'tokyo',
  'moscow',
  'london',
  'paris',
  'rome',
  'canberra',
  'jakarta',
  'kuala lumpur',
  'phnom penh',
  'wellington',
  'mexico city',
  'pyongyang',
  'taipei',
  'saudi arabia',
  'china',
  'korea',
  'south korea',
  'north korea',
  'republic of korea',
  'america',
  'usa',
  'us',
  'u.s',
  'uk',
  'u.k',
  'britain',
  'great britain',
  'france',
  'germany',
  'india',
  'australia',
  'canada',
  'italy',
  'vietnam',
  'philippines',
  'indonesia',
  'thailand',
  'malaysia',
  'myanmar',
  'burma',
  'cambodia',
  'mongolia',
  'new zealand',
  'israel',
  'ukraine',
  'brazil',
  'mexico',
  'russia',
  'united states',
  'united kingdom',
  'dprk',
  'prc',
  'rok',
  "people's republic of china",
]);

/** Each name (lower-case) to its country's canonical name. */
export const COUNTRY_OF_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((names) => [
    ...names.map((n) => [n, names[0]] as const),
    // The people: "Koreans", "Americans" (adjectives in -an make their plural with -s).
    ...names.filter((n) => n.endsWith('an')).map((n) => [`${n}s`, names[0]] as const),
  ]),
);

/**
 * The names that are adjectives ("Japanese firms", "a Korean politician"): a country named as an adjective
 * qualifies something else, so it is compared only with another adjective, never with a country named as a party.
 */
export const ADJECTIVE_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((names) => names.filter((n) => /(?:an|ese|ish|ch|ic|i|ine|ino|ai)$/.test(n) && !COUNTRY_NOUNS.has(n))),
);

/** The longest name in words, for matching multi-word names. */
export const LONGEST_COUNTRY_NAME = Math.max(...COUNTRIES.flat().map((n) => n.split(' ').length));

/**
 * The first word of every name, dots dropped ("u" of "u.s"), with the lengths in words of the names it starts,
 * longest first: a word that is none of these starts no name.
 */
export const COUNTRY_FIRST_WORDS: ReadonlyMap<string, readonly number[]> = (() => {
  const lengths = new Map<string, Set<number>>();
  for (const name of COUNTRY_OF_NAME.keys()) {
    const parts = name.split(/[ .]/);
    let set = lengths.get(parts[0]);
    if (!set) lengths.set(parts[0], (set = new Set()));
    set.add(parts.length);
  }
  return new Map([...lengths].map(([w, set]) => [w, [...set].sort((a, b) => b - a)] as const));
})();

/** The capitals among the names: after "in" or "at" they are the city, not the country ("met in Beijing"). */
export const CAPITALS: ReadonlySet<string> = new Set([
  'washington',
  'tokyo',
  'seoul',
  'pyongyang',
  'beijing',
  'taipei',
  'moscow',
  'london',
  'paris',
  'berlin',
  'new delhi',
  'canberra',
  'ottawa',
  'rome',
  'hanoi',
  'manila',
  'jakarta',
  'bangkok',
  'kuala lumpur',
  'naypyidaw',
  'phnom penh',
  'ulaanbaatar',
  'wellington',
  'tehran',
  'jerusalem',
  'kyiv',
  'kiev',
  'riyadh',
  'brasilia',
  'mexico city',
]);

/**
 * Continents and world regions: a place in one of them is not another place than the region ("Tokyo" is in "Asia"),
 * so a region is never compared as a differing place. Lower-case, as entity words are kept.
 */
const REGIONS = new Set([
  'asia',
  'east asia',
  'northeast asia',
  'southeast asia',
  'south asia',
  'central asia',
  'asia-pacific',
  'indo-pacific',
  'pacific',
  'europe',
  'eastern europe',
  'western europe',
  'africa',
  'americas',
  'latin america',
  'north america',
  'south america',
  'middle east',
  'korean peninsula',
  'peninsula',
  'west',
  'east',
]);

/** Whether a place's name (its entity words) names a continent or a region. */
export function isRegion(words: readonly string[]): boolean {
  // Most places are one word: no string is built for them (this runs for every pair of places compared).
  return words.length === 1 ? REGIONS.has(words[0]) : REGIONS.has(words.join(' '));
}
