/**
 * English word lists the grounded checker reads sentences with. Each list is data about English, never about a
 * particular source, fact or person: the same lists serve the bundled articles and any document a writer adds.
 * Words are lower-case; the checker compares them with a sentence's lower-cased words.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Function words: they carry no content, so two sentences sharing them say nothing about sharing a claim. Pronouns,
 * articles, auxiliaries, prepositions, conjunctions, a few adverbs of degree and time that every sentence uses, and
 * "together", which every telling of a joint act uses ("sat down together", "coming together for a photo").
 */
export const FUNCTION_WORDS = words(`
  a an the this that these those it its it's they them their theirs he him his she her hers we us our you your i me my
  is are was were be been being am has have had having do does did doing done
  of in on at to for from by with about into onto over under between among through during before after since until
  upon against toward towards across along around behind beyond within without per via amid amidst
  and or but nor so yet as than then also too both either each every all any some such other another same own more most
  if whether because while although though when where which who whom whose what why how there here
  not no never very just only even still already again ever much many few less least
  can could will would shall should may might must
  s t one ones together
  mr mrs ms dr
`);

/**
 * Words that deny what follows them in the clause ("did not", "never", "no longer", "rather than flying", "instead
 * of meeting").
 */
export const NEGATION_WORDS = words(`
  not never no neither nor without n't cannot nothing none rather instead unable unwilling
  reluctant hesitant cautious wary loath short little hardly scarcely
`);

/**
 * Adverbs of little degree: "hardly strengthened its case" denies the act, but "hardly spoke" tells what "barely
 * spoke" does (that they spoke, a little), so a denial by one of them is none against a passage telling the same act
 * with one of them.
 */
export const LITTLE_DEGREE_WORDS = words(`hardly scarcely barely`);

/**
 * Phrases that set aside the value right after them (past a determiner or a preposition) in favour of another the
 * sentence states: "the Cabinet, not the Diet", "a truce rather than reconciliation", "in Tokyo instead of Seoul", "the
 * Diet as opposed to the Cabinet"; or name it besides the clause's own ("Besides Stilwell's trip, Pottinger also
 * visited …", "apart from", "in addition to"). The value set aside is not the writer's claim on the clause. Each
 * phrase as its words.
 */
export const SETTING_ASIDE_PHRASES: readonly (readonly string[])[] = [
  ['not'],
  ['rather', 'than'],
  ['instead', 'of'],
  ['as', 'opposed', 'to'],
  // A thing named besides the clause's own is another's: the clause tells its act of someone else.
  ['besides'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['in', 'addition', 'to'],
];

/**
 * Words that, after a comma closing a clause, set a party against it ("Japan shied away from sanctions, unlike the
 * United States"): that party did otherwise, so the clause's act is no claim on it (as `SETTING_ASIDE_PHRASES`).
 */
export const TRAILING_CONTRAST_WORDS = words(`unlike`);

/**
 * Prepositions that may stand between a phrase setting a value aside and the value ("not with Moon but with his
 * predecessor", "instead of in Seoul"). Not "until", "before", "after": "not until 2019" states 2019.
 */
export const SET_ASIDE_PREPOSITIONS = words(`in at on with by for to from of`);

/**
 * Words after "not" that make it add rather than deny ("not only", "not merely", "did not just affirm it; he also
 * …"): the sentence states the thing and more.
 */
export const ADDITIVE_AFTER_NOT = words(`only merely just simply solely alone`);

/**
 * Occasions that "not the first" counts ("This is not the first time Japan has used economic means …"): the act is
 * stated, as done before; the denial falls on "first" alone (unlike "not the first country to …", a rank).
 */
export const REPEATED_OCCASION_NOUNS = words(`time occasion`);

/**
 * Nouns of a sign that an act would come ("gave no sign that Tokyo would join any public statements"): denied, they
 * deny the act their "that" clause tells, as a refused proposal does (`PROPOSAL_NOUNS`). Matched as written, singular and
 * plural, not by stem: "signed that agreement" is no sign.
 */
export const SIGN_NOUNS = words(`sign signs indication indications hint hints`);

/** How many words past a sign noun's "that" its act is looked for ("no sign that Tokyo would join"). */
export const SIGNED_ACT_REACH = 5;

/**
 * Words after a denied act, or right after "not", that make the denial fall on them, not on the act ("did not travel
 * alone: Austin joined him", "did not act unaccompanied", "was not alone in protesting"): the act is stated, with others.
 */
export const ALONE_WORDS = words(`alone unaccompanied`);

/**
 * Negation words that deny only the phrase their preposition opens ("rather than flying", "instead of meeting"):
 * elsewhere they are connectives or degree words ("Instead, Tokyo chose …", "rather weak") and deny nothing. Words
 * of reluctance deny the act they hold back from ("pointedly cautious about taking punitive steps", "reluctant to
 * sign"), not the noun they may qualify ("a cautious approach"); "stopped short of punitive steps" denies the steps,
 * "a short meeting" nothing.
 */
export const DENYING_ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['instead', words('of')],
  ['rather', words('than')],
  ['reluctant', words('to')],
  ['hesitant', words('to about')],
  ['cautious', words('about of')],
  ['wary', words('of about')],
  ['loath', words('to')],
  ['short', words('of')],
  // "has shown little interest in building bridges", "had little to say about it", "did little to restore it", "has
  // said little in public" (of the act before it); not "little coverage" (an amount, `OPPOSITE_WORDS`).
  ['little', words('interest appetite to in about of on for with')],
]);

/**
 * Adjectives of a party's eagerness for an act, before the act's "to" ("eager to take punitive steps", "keen to join",
 * "quick to impose"): the writer's claim is the attitude, so where a passage holds back from the act ("pointedly
 * cautious about taking punitive steps", "refused to take"), the warning starts at the attitude, not the act alone.
 */
export const EAGERNESS_WORDS = words(`eager keen willing ready quick anxious determined happy glad impatient`);

/**
 * Words telling that a state still holds ("the restrictions remain in place", "were maintained", "are still in
 * force"; base forms, inflections derived; `PHRASAL_PREDICATES` reads "remain in place" as "maintain"). Against a
 * passage's act ended since ("restrictions, since lifted"), only they disagree: the act it ended (the restrictions
 * imposed) happened all the same. In any tense: the passage's "since" dates the end after whatever the draft tells.
 * `LASTING_WORDS` is the narrower list for a state set against one a passage tells only as past.
 */
export const PERSISTING_WORDS = words(`maintain keep remain stay continue persist still`);

/**
 * Words before a negation word that make it no denial: "a little" is some ("moved a little to the left"), unlike
 * "little".
 */
export const UNDENYING_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['little', words('a')]]);

/**
 * Words that are adverbs of time, not the verbs they also spell, before the words given: "Back in 2015", "back then"
 * tell when, and say nothing of backing anyone.
 */
export const TIME_ADVERBS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['back', words('in then when during around')]]);

/**
 * Words that, after the words given, are adverbs of time closing a denial, not words of length: "no longer stands",
 * "does not hold any longer" tell that a state has ended. The denial falls on the act after them ("no longer remains
 * intact" denies "remains"), which the passage's own words are compared with; "longer" has no content of its own there.
 */
export const TIME_ADVERBS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([['longer', words('no any')]]);

/**
 * Words that tell a state as holding at the time of writing ("remains intact", "is Japan's largest market", "have
 * tussled for decades", "still"): only a passage telling it so is set against a draft's "no longer", which grants that
 * the state held once ("played a critical role", "organized boycotts" agree with it).
 */
export const HOLDING_NOW_WORDS = words(`is are am remains remain stays stay continues continue still has have`);

/**
 * Units of a long stretch of time, as stems, that make a "back" before them an adverb of time with `TIME_UNITS`
 * ("goes back centuries", "dates back decades"): the thing began that long ago, and no one is backed.
 */
export const LONG_TIME_UNITS = words(`century gener`);

/**
 * Verbs a "back" after tells a reach into the past ("dates back to the 2018 rulings", "the quarrel goes back to
 * colonial rule", "traces back to", "looking back on 2019"): an adverb of time, no backing of anyone.
 */
export const BACK_IN_TIME_VERBS = words(`date go trace stretch hark reach look`);

/**
 * Verbs and nouns of refusal: a clause under one states that the thing did not happen ("refused to accept
 * arbitration", "the rejection of the plan", "ruled out joining any statements": `PHRASAL_PREDICATES` reads "rule out"
 * as "exclude"; "shelved plans to impose curbs" put them aside). Their other forms are found through the stemmer.
 */
export const REFUSAL_WORDS = words(`refuse reject decline fail withhold deny abstain refrain rebuff spurn avoid exclude shelve`);

/**
 * Nouns of something put to a party to do, or wanted of it ("rebuffed any suggestion that Japan join …", "rejected
 * the idea of joining …", "refused Biden's wish for …", "balked at American pressure to impose sanctions"): refused, the
 * act they name is refused, not the thing put forward, which was put forward all the same; denied ("there was no
 * proposal to …"), both are.
 */
export const PROPOSAL_NOUNS = words(`suggestion suggestions idea ideas notion proposal proposals offer offers request requests
  call calls invitation invitations plea pleas appeal appeals wish wishes desire desires demand demands pressure pressures
  urging`);

/**
 * Nouns of pressing another party to act ("resisted American pressure to impose sanctions", "ignored calls for
 * restraint"): the act after their "to" or "for" is asked of that party, not stated as done. Not a party's own wish
 * or push ("a desire to put off the liquidation", "Moon's push to tighten sanctions"), which tells its intent as
 * another sentence may.
 */
export const PRESSING_NOUNS = words(`pressure pressures call calls demand demands request requests plea pleas appeal appeals
  urging`);

/**
 * Verbs of asking or ordering another party to act ("called for Japanese companies to pay", "ordering them to
 * compensate"): the act after their "to" is asked of that party, not stated as done. Not "force" or "compel", which
 * tell that it was done. "seek" too: what is sought ("sought Seoul's acceptance of arbitration", "sought to
 * resolve") is not yet had.
 */
export const ORDERING_VERBS = words(`order call demand require direct instruct ask request urge press seek`);

/**
 * Nouns of a plan put forward to others ("a proposal floated by a senior Korean politician to create a foundation …
 * to provide compensation"): the acts after its "to" are proposed, not done. Not a wish or desire, a party's own
 * stance (`PROPOSAL_NOUNS` holds both).
 */
export const PUT_FORWARD_NOUNS = words(`proposal proposals suggestion suggestions`);

/**
 * Words of refusal that also tell a fall ("exports declined sharply", "a decline in tourism"): they refuse only before
 * "to" or the thing refused ("declined to join", "declined the invitation", "declined Moon's offer").
 */
export const REFUSAL_ALSO_FALL = words(`decline declined declines declining`);

/** Words that open the thing a refusal word refuses ("declined the offer", "declined any role"), besides a name. */
export const REFUSED_THING_OPENERS = words(`to the a an any all its their his her this that these those every such`);

/**
 * Words that only add to the act after them ("refrain from further retaliation", "take additional measures"): a
 * denial reaches them first, but the act is the word after.
 */
export const ADDING_MODIFIERS = words(`further additional fresh renewed`);

/**
 * Verbs that, denied, deny the act after their "to" ("never managed to overcome", "did not bother to reply", "no one
 * dared to object"): the denial falls on that act, not on the verb. Not "try": trying is not doing ("never tried to
 * overcome" says nothing of whether they overcame).
 */
export const IMPLICATIVE_VERBS = words(`manage bother dare venture`);

/**
 * Nouns of will or effort that, denied, deny the act after their "in", "to" or "of" ("has shown little interest in
 * trying to build bridges", "made no effort to restore it", "had no intention of joining"): the act did not happen.
 */
export const INTENT_NOUNS = words(`interest appetite effort efforts attempt attempts intention intentions inclination
  willingness`);

/**
 * Verbs of weighing an act: denied, they deny the act they weigh too ("refused to consider limiting its surveillance
 * activities" did not limit them), as a verb of little content does (`LIGHT_VERBS`); stated, they tell the act only
 * weighed, not done ("is weighing the abrogation of GSOMIA").
 */
export const WEIGHING_VERBS = words(`consider contemplate entertain weigh`);

/**
 * Verbs of putting an act off ("a desire to put off the liquidation", "postponed the liquidation"; "put off" read by
 * its two words): the act after them is not told as done, so it contradicts no draft denying it ("never liquidated the
 * assets", "shelved plans to liquidate them").
 */
export const DELAYING_VERBS = words(`postpone delay defer`);

/**
 * Words of denial that, opening a clause before a noun, deny its subject ("Neither leader, however, congratulated
 * Biden", "No official attended"): the act told of that subject right after it is denied with it.
 */
export const SUBJECT_DENIALS = words(`neither no`);

/**
 * Nouns of an act decided on or planned: the act after their "to" is told as willed, not done ("suspended its decision
 * to terminate GSOMIA", "a plan to fund the foundation"), so no passage denying that act contradicts it.
 */
export const WILLED_NOUNS = words(`decision decisions plan plans intention intentions`);

/**
 * Verbs whose "from" and an "-ing" form tell an act kept from happening ("kept relations from improving", "prevented
 * Seoul from joining"): the act is not stated as done (base forms; compared by stem).
 */
export const PREVENTING_VERBS = words(`keep prevent stop bar block hinder deter discourage restrain`);

/**
 * Verbs of contesting what another holds true ("disputed the veracity of Japan's video", "questioned the accuracy of
 * the report"): the thing they take is held in doubt, not stated, so it is no statement of what a source denies.
 */
export const CONTESTING_VERBS = words(`dispute contest question challenge doubt`);

/**
 * Nouns of a duty: denied before the "to" of an act ("not [his] job to mediate"), they deny the duty and refuse the act
 * with it, so a sentence telling the party took the act on ("volunteered to mediate") says the opposite.
 */
export const DUTY_NOUNS = words(`job role responsibility duty task business place`);

/** The prepositions that open the act after a noun of `INTENT_NOUNS`. */
export const INTENT_PREPOSITIONS = words(`in to of`);

/**
 * Verbs of effort that, after a denied noun of will, pass the denial on to the act after their "to" ("little interest
 * in trying to build bridges": no interest even in trying, so nothing was built). Alone they do not ("never tried to").
 */
export const EFFORT_VERBS = words(`try attempt seek`);

/**
 * Verbs that take almost anything as their object ("kept South Korea on its list", "kept its controls in place", "left
 * Seoul"): opposed to another predicate (`OPPOSITE_WORDS`) only where the same named thing stands right after both.
 */
export const BROAD_OBJECT_VERBS = words(`keep leave retain`);

/**
 * Pairs of predicates that state opposite outcomes of the same event (the stemmer links their other forms). A
 * sentence with one and a source with the other, on the same things, disagree on whether it happened.
 */
export const OPPOSITE_WORDS: readonly (readonly [string, string])[] = [
  // Answers to a proposal or a demand.
  ['accept', 'reject'],
  ['agree', 'refuse'],
  ['agree', 'resist'],
  ['accept', 'refuse'],
  ['approve', 'reject'],
  ['approve', 'veto'],
  ['welcome', 'reject'],
  ['welcome', 'criticize'],
  ['welcome', 'condemn'],
  ['praise', 'criticize'],
  ['praise', 'condemn'],
  // Standing behind a deed, or denouncing it ("the Chinese backing the coup", "Beijing has condemned the coup").
  ['back', 'condemn'],
  ['support', 'condemn'],
  ['endorse', 'oppose'],
  ['support', 'oppose'],
  ['back', 'oppose'],
  // Backing a push, or resisting it ("backing American sanctions", "resisted American pressure to impose sanctions").
  ['back', 'resist'],
  ['support', 'resist'],
  // Support for a decision, or unhappiness with it.
  ['support', 'unhappiness'],
  ['support', 'displeasure'],
  ['approve', 'unhappiness'],
  ['approve', 'displeasure'],
  // An approval, or a refusal ("signed off on further meetings", "refused to hold further meetings").
  ['approve', 'refuse'],
  ['embrace', 'resist'],
  // Signing on to what another wants, or pushing back on it ("signed on to Biden's wish", "pushed back hard on Biden's
  // desire": `PHRASAL_PREDICATES` reads these as "join" and "resist").
  ['join', 'resist'],
  ['embrace', 'reject'],
  ['confirm', 'deny'],
  ['accept', 'deny'],
  ['accept', 'resist'],
  ['endorse', 'resist'],
  ['advocate', 'oppose'],
  ['welcome', 'unhappiness'],
  ['welcome', 'displeasure'],
  ['consider', 'exclude'],
  // What someone holds true.
  ['consistent', 'vacillate'],
  // Holding one position throughout, or swinging between two ("has steadily maintained that …", "has vacillated between").
  ['maintain', 'vacillate'],
  ['consistent', 'waver'],
  ['convince', 'doubt'],
  ['believe', 'doubt'],
  // Holding a thing's worth up, or doubting it ("affirmed the value of its alliances", "second-guessed the value").
  ['affirm', 'doubt'],
  ['admit', 'deny'],
  // Granting a thing is so, or denying it ("acknowledged that the video was accurate", "denied the veracity of the video").
  ['acknowledge', 'deny'],
  ['ratify', 'reject'],
  // What becomes of an agreement, a ruling, a body or a policy.
  ['uphold', 'overturn'],
  ['uphold', 'abandon'],
  ['uphold', 'reverse'],
  ['keep', 'scrap'],
  ['maintain', 'scrap'],
  ['maintain', 'abandon'],
  ['honor', 'abandon'],
  ['honour', 'abandon'],
  ['honor', 'violate'],
  ['honour', 'violate'],
  ['respect', 'violate'],
  ['comply', 'violate'],
  ['consistent', 'violate'],
  ['compatible', 'violate'],
  ['liable', 'absolve'],
  ['intact', 'defunct'],
  ['add', 'delist'],
  ['add', 'remove'],
  ['renew', 'expire'],
  ['extend', 'expire'],
  ['revive', 'freeze'],
  // A body or a fund grown, or frozen ("moved to expand the foundation", "moved to freeze it").
  ['expand', 'freeze'],
  // An agreement prolonged, or ended ("considering an extension of GSOMIA", "considering abrogation of GSOMIA").
  ['extend', 'scrap'],
  ['renew', 'scrap'],
  // A rift made worse, or brought to an end ("deepened their estrangement", "efforts to end the estrangement").
  ['deepen', 'end'],
  ['deepen', 'ease'],
  // A body or a fund kept going, or frozen ("kept the foundation going", "moved to freeze the foundation").
  ['keep', 'freeze'],
  ['maintain', 'freeze'],
  ['restore', 'freeze'],
  ['restore', 'suspend'],
  ['resume', 'suspend'],
  ['resume', 'halt'],
  ['continue', 'halt'],
  ['continue', 'stop'],
  ['open', 'close'],
  ['join', 'leave'],
  ['join', 'quit'],
  // Taking part in an act, or keeping out of it ("stayed out of the protest", `PHRASAL_PREDICATES`).
  ['join', 'abstain'],
  ['participate', 'abstain'],
  ['intervene', 'abstain'],
  ['retaliate', 'refrain'],
  ['lift', 'impose'],
  // Measures kept in place or lifted ("the restrictions remain in force", "since lifted").
  ['maintain', 'lift'],
  // Talks or exchanges taken up again or kept frozen ("talks resumed", "talks stayed frozen").
  ['resume', 'freeze'],
  // An agreement affirmed or disowned ("reaffirmed that the agreement remains intact", "disowned the agreement").
  ['affirm', 'disown'],
  ['reaffirm', 'disown'],
  // Letting an act go ahead, or stopping it ("go ahead with liquidating the assets", "prevent liquidation of the assets").
  ['proceed', 'prevent'],
  ['allow', 'prevent'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['permit', 'ban'],
  ['include', 'exclude'],
  // A court's finding for or against a party (`PHRASAL_PREDICATES`: "ruled in favor of", "ruled against", "sided with").
  ['favor', 'disfavor'],
  ['back', 'disfavor'],
  ['succeed', 'fail'],
  ['win', 'lose'],
  ['gain', 'lose'],
  // Trends and amounts.
  ['raise', 'lower'],
  ['increase', 'decrease'],
  ['increase', 'reduce'],
  ['expand', 'reduce'],
  ['expand', 'cut'],
  ['expand', 'shrink'],
  ['grow', 'shrink'],
  // A sudden growth in number, or a fall ("an explosion of minilaterals", "minilaterals have dwindled", "a decline").
  ['proliferate', 'decline'],
  ['proliferate', 'dwindle'],
  ['grow', 'dwindle'],
  ['rise', 'fall'],
  ['rise', 'decline'],
  ['climb', 'decline'],
  ['climb', 'fall'],
  ['improve', 'worsen'],
  ['improve', 'deteriorate'],
  ['strengthen', 'weaken'],
  // Power or a tie made greater, or lessened, in other words than the pairs above ("increase their collective leverage",
  // "weaken their collective leverage"; "bolster U.S. alliances", "undermine the alliances").
  ['increase', 'weaken'],
  ['boost', 'weaken'],
  ['bolster', 'weaken'],
  ['enhance', 'weaken'],
  ['boost', 'reduce'],
  ['strengthen', 'reduce'],
  ['strengthen', 'undermine'],
  ['bolster', 'undermine'],
  ['increase', 'diminish'],
  ['boost', 'diminish'],
  ['strengthen', 'diminish'],
  ['increase', 'erode'],
  ['strengthen', 'erode'],
  ['tighten', 'loosen'],
  ['tighten', 'relax'],
  ['tighten', 'ease'],
  ['intensify', 'ease'],
  ['escalate', 'ease'],
  ['accelerate', 'delay'],
  ['hasten', 'delay'],
  ['advance', 'delay'],
  // A dispute settled, or talks ending in a standstill ("eventually resolved the matter", "only resulted in a stalemate").
  ['resolve', 'stalemate'],
  ['resolve', 'deadlock'],
  ['resolve', 'impasse'],
  // A party kept on a list, or taken off it ("kept Seoul on its white list", "delist South Korea from its white list").
  ['keep', 'delist'],
  ['leave', 'delist'],
  ['retain', 'delist'],
  // A demand given up, or kept up ("dropped his demand that …", "while continuing to ask …").
  ['continue', 'drop'],
  // How soon a party acted ("were slow to acknowledge", "quickly embraced").
  // Amounts and degrees of a thing ("heavy coverage" / "little coverage", "considerable progress" / "scant progress").
  ['extensive', 'little'],
  ['heavy', 'little'],
  ['considerable', 'little'],
  ['substantial', 'little'],
  ['significant', 'little'],
  ['extensive', 'scant'],
  ['heavy', 'scant'],
  ['considerable', 'scant'],
  ['substantial', 'scant'],
  ['significant', 'scant'],
  ['lengthy', 'brief'],
  // Long talks, or hardly any ("held lengthy talks", "barely spoke").
  ['lengthy', 'barely'],
  ['extensive', 'barely'],
  // Stances and tones.
  ['enthusiastic', 'subdued'],
  // Eagerness for a course, or worry over it ("revealed considerable angst in Tokyo", "considerable enthusiasm").
  ['enthusiasm', 'angst'],
  ['enthusiasm', 'anxiety'],
  ['enthusiastic', 'anxious'],
  ['warm', 'subdued'],
  ['enthusiastic', 'lukewarm'],
  ['warm', 'lukewarm'],
  ['enthusiastic', 'cool'],
  ['highlight', 'downplay'],
  ['emphasize', 'downplay'],
  ['stress', 'downplay'],
  ['center', 'peripheral'],
  ['central', 'peripheral'],
  ['conciliatory', 'combative'],
  ['conciliatory', 'confrontational'],
  ['conciliatory', 'hostile'],
  ['friendly', 'hostile'],
  ['optimistic', 'pessimistic'],
  ['eager', 'reluctant'],
  ['willing', 'reluctant'],
  // Trust that a party will act, or doubt of it ("voiced confidence that Moon was ready", "expressed deep skepticism").
  ['confidence', 'skepticism'],
  ['confident', 'skeptical'],
  // Pleasure with a decision, or its opposite ("voiced satisfaction with a court decision", "expressed unhappiness").
  ['satisfaction', 'unhappiness'],
  ['satisfaction', 'displeasure'],
  // Outlooks ("prospects appeared as bleak as ever", "the outlook is optimistic"; graded outlooks in `GRADED_OPPOSITES`).
  ['optimistic', 'bleak'],
  // Judging a step well or badly taken ("a welcome effort" / "a misguided effort"; "a wise choice" / "a mistake").
  ['welcome', 'misguided'],
  ['wise', 'mistake'],
  ['wise', 'misguided'],
  // Greeting a step gladly, or taking fright at it ("Tokyo welcomed it", "it gave Tokyo chills").
  ['welcome', 'chill'],
  // Calming a party's fears, or raising them ("gave Tokyo chills", "reassured Tokyo").
  ['reassure', 'chill'],
  // Standing for a course, or doubting it ("an advocate of improving relations", "a skeptic of closer ties").
  ['advocate', 'skeptic'],
  ['proponent', 'skeptic'],
  // Holding a claim true, or doubting it ("Koreans accept that Japan has transformed", "Koreans doubt that …").
  ['accept', 'doubt'],
  // Views told alike or apart ("adopt an identical view of their security", "see their security differently"; "same"
  // is a function word, read by no pair).
  ['identical', 'different'],
  // The same, told by an adverb ("see their long-term security alike", "similarly", against "differently").
  ['alike', 'different'],
  ['similar', 'different'],
  // Drawing notice, or escaping it ("tend to attract more public scrutiny", "able to avoid the usual public scrutiny").
  ['attract', 'avoid'],
  ['draw', 'avoid'],
  // A party's power to act made greater, or cut back ("enhanced Washington's ability to …", "curtailing Washington's
  // ability to …").
  ['enhance', 'curtail'],
  ['strengthen', 'curtail'],
  ['expand', 'curtail'],
  ['increase', 'curtail'],
  // Questions dealt with apart, or all together ("an approach that separates history issues from other issues",
  // "history issues would be bundled together with security questions").
  ['separate', 'bundle'],
  ['separate', 'combine'],
  ['separate', 'merge'],
  // One question kept apart from another, or made to wait on it ("security should be separated from historical issues",
  // "progress on security should be made conditional on settling historical issues").
  ['separate', 'conditional'],
  // How often a thing was done: again and again, or once ("repeated meetings between the two foreign ministers", "met
  // only once"; "repeated" is listed, as the stemmer reads it apart from "repeat").
  ['repeated', 'once'],
  // A party's bearing toward a dispute ("intervened too assertively", "stayed too passive").
  ['assertive', 'passive'],
  // Touched by slights, or shielded from them ("became just as sensitive to perceived slights", "remained insulated
  // from perceived slights").
  ['sensitive', 'insulated'],
  ['sensitive', 'immune'],
  // A thing standing in the way of a course, or driving it on ("has become an obstacle to strategic economic dialogue",
  // "has helped spur strategic economic dialogue").
  ['obstacle', 'spur'],
  ['obstacle', 'catalyst'],
  ['hinder', 'spur'],
  ['impede', 'spur'],
  // A part played or a place held at the heart of things, or at their edge ("played a significant role in reaching",
  // "played only a marginal role").
  ['significant', 'marginal'],
  ['central', 'marginal'],
  ['critical', 'marginal'],
  // Worry over a course, or contentment with it ("revealed considerable angst in Tokyo", "considerable satisfaction").
  ['satisfaction', 'angst'],
  ['satisfaction', 'anxiety'],
  // Ties told as cordial, or as cold ("the current frosty relations", "today's warm relations").
  ['warm', 'frosty'],
  ['cordial', 'frosty'],
  ['friendly', 'frosty'],
  ['cordial', 'hostile'],
  // A turn of events judged grave, or heartening ("the recent skid in relations is alarming", "is heartening"). Not
  // "encouraging", "reassuring" or "worrying": their stems are verbs' ("encourage" a step, "reassure" allies, "worry").
  ['alarming', 'heartening'],
  ['alarming', 'hopeful'],
  // A thing judged to do good, or harm ("sees tourism as beneficial to recovery", "as harmful to recovery").
  ['beneficial', 'harmful'],
  ['beneficial', 'detrimental'],
  ['beneficial', 'damaging'],
  // A thing judged needed, or not needed at all ("alignment … is essential", "is unnecessary").
  ['essential', 'unnecessary'],
  ['crucial', 'unnecessary'],
  ['vital', 'unnecessary'],
  ['essential', 'marginal'],
  ['crucial', 'marginal'],
  // A gap or a problem judged grave, or slight ("the most serious gap", "a minor gap").
  ['serious', 'minor'],
  ['serious', 'trivial'],
  // A leader judged practical, or bound by doctrine ("may be more pragmatic", "more dogmatic").
  ['pragmatic', 'dogmatic'],
  ['pragmatic', 'ideological'],
  // A step greeted, or deplored ("Blinken welcomed further regional cooperation", "lamented", "regretted").
  ['welcome', 'lament'],
  ['welcome', 'deplore'],
  ['welcome', 'regret'],
  // An outcome judged a success, or a failure.
  ['success', 'failure'],
];

/**
 * Words telling how often an act was done ("met only once", "repeated meetings"): opposed (`OPPOSITE_WORDS`) only
 * where both stand by the same act's word, which they count.
 */
export const FREQUENCY_WORDS = words(`once repeated`);

/**
 * Adjectives of degree with their opposites, beside `OPPOSITE_WORDS`: the stemmer derives their comparatives and
 * superlatives ("brighter", "weakest"), which are opposed too ("prospects looked brighter than at any point" against
 * "prospects appeared as bleak as ever"). Apart, as "closer ties" is no comparative of the opposite of "open".
 */
export const GRADED_OPPOSITES: readonly (readonly [string, string])[] = [
  // How soon a party acted ("were slow to acknowledge", "quickly embraced").
  ['quick', 'slow'],
  ['strong', 'weak'],
  ['warm', 'cool'],
  // Outlooks ("brighter than at any point in recent memory", "as bleak as ever", "grim").
  ['bright', 'bleak'],
  ['bright', 'grim'],
];

/**
 * Words of degree that turn the word after them round against each other ("a more confrontational posture" against
 * "a less confrontational posture"): read only before the same word in both sentences, and not before "than", whose
 * term of comparison may differ.
 */
export const DEGREE_OPPOSITES: readonly (readonly [string, string])[] = [['more', 'less']];

/**
 * Prefixes that make a word its opposite ("sufficient" / "insufficient", "tolerable" / "intolerable", "happiness" /
 * "unhappiness"), read only before a word of a kind they deny (`NEGATED_ENDINGS`), at least five letters long.
 */
export const NEGATING_PREFIXES = words(`un in im ir il dis`);

/**
 * The endings (of stems, lexicon-free) of adjectives and nouns of quality that a prefix of `NEGATING_PREFIXES`
 * negates: "-able"/"-ible" ("tolerabl"), "-ent"/"-ant", "-ive" ("effectiv"), "-ous", "-ful", "-ness", "-ity",
 * "-ure" ("pleasur"). Verbs are left out ("discover", "inform", "impose" are no opposites), and so is a bare "-y":
 * "industry" is no negated "dustry".
 */
export const NEGATED_ENDINGS = words(`abl ibl ent ant iv ous ful ness ity ur`);

/** Words a prefix of `NEGATING_PREFIXES` does not negate ("invaluable" is very valuable, "indifferent" not alike). */
export const UNNEGATED_WORDS = words(`invaluable indifferent inflammable disinterested`);

/**
 * Words before a state that tell it as lasting now ("talks with Tokyo remain stalled", "are still frozen"): a passage
 * telling that state only as past ("talks that had been stalled") and its end tells otherwise. Present forms only: "the
 * talks remained stalled until …" tells a past state, which `PERSISTING_WORDS` (any tense, against an act "since" done)
 * does not need to tell apart.
 */
export const LASTING_WORDS = words(`remain remains still`);

/**
 * States with the acts that end them, beside `OPPOSITE_WORDS`: read only against a state told as lasting (`LASTING_WORDS`)
 * where a passage tells it as past. Not opposites at large: talks that stalled may be concluded later ("inked … deals
 * …, talks that had been stalled"), so "concluded in December 2014" says nothing against "stalled" in another year.
 */
export const STATE_ENDINGS: readonly (readonly [string, string])[] = [
  // Talks stuck, then brought to a deal or taken up again.
  ['stall', 'conclude'],
  ['stall', 'resume'],
  ['deadlock', 'conclude'],
];

/** Forms of "be" that put "still" in the past ("were still stalled"): no state lasting now. */
export const PAST_BE_WORDS = words(`was were had`);

/**
 * Verbs with particles that together mean one predicate: "put off" is "delay", "pulled out of" is "withdrew". The
 * first word is matched in any of its forms (through the stemmer), the rest as written; the verb then reads as the
 * word given, and its particles carry no content of their own. Phrases that mean keeping out of an act read as
 * "abstain", a word of refusal (`REFUSAL_WORDS`) whose opposites (`OPPOSITE_WORDS`) are the acts kept out of.
 */
/**
 * The word a phrasal predicate (`PHRASAL_PREDICATES`) writes where a writer puts the doer's possessive ("keep one's
 * distance from": "kept their distance from", "keeps its distance from"): any of `PARTY_POSSESSIVES` stands there.
 */
export const PHRASAL_POSSESSIVE = "one's";

export const PHRASAL_PREDICATES: readonly (readonly [string, string])[] = [
  // Meeting a demand is answering it, no gathering ("to meet the challenge of China" is not "met … officials").
  ['meet the challenge', 'address'],
  ['meet the demands', 'satisfy'],
  ['meet the needs', 'satisfy'],
  ['meet the deadline', 'satisfy'],
  // Timing.
  ['put off', 'delay'],
  ['hold off', 'delay'],
  ['speed up', 'accelerate'],
  // Setting a course aside.
  ['rule out', 'exclude'],
  // Keeping out of an act is avoiding it ("steer clear of any overt intervention"), a word of refusal (`REFUSAL_WORDS`).
  ['steer clear of', 'avoid'],
  ['stay clear of', 'avoid'],
  ['keep clear of', 'avoid'],
  // Being kept apart from a pull is avoiding it ("remained insulated from the nationalistic impulses").
  ['insulate from', 'avoid'],
  ['stay away from', 'avoid'],
  ['keep away from', 'avoid'],
  // Holding oneself apart from a pull is avoiding it ("had long kept their distance from politicians' nationalistic
  // impulses", "kept a careful distance from the dispute"); "one's" stands for any possessive (`PHRASAL_POSSESSIVE`).
  ["keep one's distance from", 'avoid'],
  ['keep a distance from', 'avoid'],
  // Holding back from an act is avoiding it ("balked at punitive steps", "shied away from sanctions"), as "cautious
  // about taking" denies it (`DENYING_ONLY_BEFORE`); "hesitated to take" as "hesitant to take" does.
  ['balk at', 'avoid'],
  ['shy away from', 'avoid'],
  ['hesitate to', 'refrain'],
  // Taking an office: "took over as prime minister" is becoming prime minister.
  ['take over as', 'become'],
  ['take office as', 'become'],
  // "took office in October 2020", "assumed office": becoming the holder of the office the paragraph speaks of.
  ['take office', 'become'],
  ['assume office', 'become'],
  // Taking up an office told by its seat or its title's noun: "moved into the prime minister's office" (the title's
  // words stand between "the" and "office"), "assumed the premiership", "entered office".
  ['move into the office', 'become'],
  ['assume the premiership', 'become'],
  ['assume the presidency', 'become'],
  ['enter office', 'become'],
  // Quarrelling over a thing, told by a verb of saying with "over" or "about" ("have argued over how to read the 1965
  // treaty" is "have tussled over …"): a quarrel (`SYNONYM_GROUPS`), not someone's argument, which "argued that" is.
  // Not "clash over": a clash is also a fight at sea or in the air, which a source names as such ("the … Senkaku clash").
  ['argue over', 'quarrel'],
  ['argue about', 'quarrel'],
  ['bicker over', 'quarrel'],
  // Leaving and ending.
  ['pull out', 'withdraw'],
  ['call off', 'cancel'],
  // Ending a standstill ("broke the deadlock") is settling the dispute (`OPPOSITE_WORDS`: "resolve" / "stalemate").
  ['break the deadlock', 'resolve'],
  ['break the stalemate', 'resolve'],
  ['break the impasse', 'resolve'],
  ['walk away from', 'withdraw'],
  // Keeping a thing as it is ("left the agreement untouched" is keeping it; "remain in force", "in place").
  ['leave untouched', 'maintain'],
  ['remain in force', 'maintain'],
  // Holding as what it is ("the deal no longer stands as an official pact", against "remains intact as an official
  // pact"): remaining so. Only with "as": "stands by", "stands firm" and "stands at" tell other things.
  ['stand as', 'remain'],
  ['remain in place', 'maintain'],
  // Cutting an activity down ("scale back its surveillance flights" limits them).
  ['scale back', 'limit'],
  ['cut back', 'limit'],
  ['back out', 'withdraw'],
  ['wind down', 'ease'],
  // Growing stronger ("the boycott has been gathering strength" intensifies; "winding down" eases).
  ['gather strength', 'intensify'],
  ['gain strength', 'intensify'],
  ['gather momentum', 'intensify'],
  ['gain momentum', 'intensify'],
  // Carrying an act out ("go ahead with liquidating the assets" proceeds with it).
  ['go ahead with', 'proceed'],
  // Doubting a thing after the fact ("repeatedly second-guessed the value of U.S. alliances"): the hyphen splits it.
  ['second guess', 'doubt'],
  // Answering a blow with a like one ("which Seoul repaid in kind", "Seoul did not respond in kind").
  ['repay in kind', 'retaliate'],
  ['repaid in kind', 'retaliate'],
  ['respond in kind', 'retaliate'],
  ['reply in kind', 'retaliate'],
  ['answer in kind', 'retaliate'],
  ['return in kind', 'retaliate'],
  // Answers to a proposal or a push.
  ['push back', 'resist'],
  // Setting stalled efforts going again ("jump-started bilateral efforts"): the hyphen splits it.
  ['jump start', 'revive'],
  // Approving, or going along with, what another wants ("signed off on", "went along with American pressure").
  ['sign off on', 'approve'],
  // Giving one's approval ("gives its nod to the idea of …").
  ['give its nod to', 'endorse'],
  ['give their nod to', 'endorse'],
  ['give a nod to', 'endorse'],
  ['go along with', 'accept'],
  // Taking another's view for one's own ("buying into Kim Jong-un's position").
  ['buy into', 'accept'],
  ['sign on', 'join'],
  // Taking part in an act is joining it ("would not take part in any public statements", "a readiness to join public
  // statements"); the noun "participation" stays apart (a share in talks is no membership that is quit).
  ['take part', 'join'],
  ['side with', 'back'],
  // A court’s or a judge’s finding for or against a party (not a stance: "disfavor", opposite "favor" and "back");
  // "in favour of" reads alike (one stem).
  ['rule in favor of', 'favor'],
  ['rule against', 'disfavor'],
  ['find in favor of', 'favor'],
  ['find against', 'disfavor'],
  // Going somewhere: "heading on to Tokyo" is going there, not "head" (a leader).
  ['head to', 'go'],
  ['head for', 'go'],
  ['head on to', 'go'],
  ['head back', 'return'],
  // Keeping out of, or holding back from, an act ("stopped short of punitive steps", "stayed out of the talks").
  ['stop short of', 'abstain'],
  ['stay out', 'abstain'],
  ['keep out', 'abstain'],
  ['hold back from', 'abstain'],
  // Bare "held back" is holding oneself back, hesitating: no "back" (support) of anything ("Washington moved to
  // sanction the coup leaders while Tokyo held back" against "the Chinese backing the coup").
  ['hold back', 'hesitate'],
  // "held off on sanctions", "held off on congratulating him": the act was not taken (bare "hold off" is "delay").
  ['hold off on', 'abstain'],
  ['hold off from', 'abstain'],
  // Holding oneself apart from a dispute ("Washington stayed aloof from historical disputes"; "intervened" is its opposite).
  ['stay aloof from', 'abstain'],
  ['remain aloof from', 'abstain'],
  ['keep aloof from', 'abstain'],
  ['stand aloof from', 'abstain'],
  ['stay on the sidelines', 'abstain'],
  ['remain on the sidelines', 'abstain'],
  ['sit on the sidelines', 'abstain'],
  ['keep to the sidelines', 'abstain'],
];

/**
 * Words that make a clause a guess, a possibility or hearsay rather than a statement of what happened: a writer who
 * says something "may" have happened is not wrong when it did not. Also marks a source sentence that proves nothing.
 */
export const HEDGE_WORDS = words(`
  may might could would perhaps possibly probably likely unlikely reportedly allegedly apparently seemingly presumably
  rumored rumoured arguably conceivably maybe supposedly
  claimed alleged alleges purportedly purported
`);

/**
 * Verbs after which a "would" tells a wish held now, not a guess ("he would like to hasten the liquidation", "would
 * prefer to wait"): as "wants to", the wish is stated, and compared with a passage telling the party's desire.
 */
export const WISHING_AFTER_WOULD = words(`like love prefer`);

/**
 * Adjectives that, after an impersonal "it is" ("It is possible that the delegation …", "it's conceivable"), allow
 * what follows rather than state it: the writer is not wrong when it did not happen. So for those by which the writer
 * disowns what follows ("It is wrong to say Seoul withdrew from GSOMIA"): it is not stated.
 */
export const IMPERSONAL_HEDGES = words(`possible conceivable plausible thinkable wrong false untrue incorrect mistaken`);

/** The verbs between "it" and such an adjective ("it is", "it was", "it seems", "it remains"; "s" is "it's" split). */
export const IMPERSONAL_COPULAS = words(`is was remains seems s`);

/**
 * Subjects that name no one ("Some argue …", "Many believe …", "some analysts say", "critics contend"): words said by
 * them are hearsay the writer reports, not a statement of the writer's, unlike a named speaker's words or the
 * authors' (which the sources record, and a draft can misreport).
 */
export const UNNAMED_SPEAKERS = words(`some many several few others critics skeptics sceptics observers`);

/** Verbs of saying or holding a view beyond `SPEAKING_VERBS`, by which unnamed speakers' hearsay is told. */
export const VIEW_VERBS = words(`argue insist recall recalls remember remembers suggest suggests contend contends think thinks
  believe maintain maintains maintained claim claims claimed contended countered`);

/**
 * Hedge words that judge how likely something is ("likely to fail"), rather than only allow that it may happen: two
 * writers judging opposite outcomes likely disagree.
 */
export const LIKELIHOOD_WORDS = words(`likely unlikely probably`);

/**
 * Hedge words that report someone's allegation when "that" follows ("the MSDF alleged that a vessel targeted …"):
 * what comes after is the allegation, hedged; who made it, and when, stand before and are stated.
 */
export const REPORTING_HEDGES = words(`claimed alleged alleges claims`);

/**
 * Verbs by which a named party declares what it will do ("Trump announced that he would …", "said he would …"): the
 * "would" after them is the content of the declaration, which the sources report too, not a guess of the writer's.
 */
export const DECLARATION_VERBS = words(
  `announced announces said says declared declares pledged pledges promised promises stated confirmed`,
);

/** "made clear that Tokyo would not …": "clear" declares only after a form of "make". */
export const DECLARING_CLEAR = words(`made make makes making`);

/**
 * Nouns of a proposal or plan: a "would" in a clause describing one ("Under the proposal, only Japanese firms would
 * pay", "That scheme would be financed by …") tells what the proposal says, a stated fact about it.
 */
export const PLAN_NOUNS = words(`proposal proposals plan plans scheme idea proposed`);

/**
 * Nouns of a way of settling or running something that an opening "Under the …," sets out as a frame ("Under the
 * two-track approach, history issues would be …"): the clause after the comma tells what that frame holds, as for
 * `PLAN_NOUNS`. Read only there: as a subject ("That approach would fail") the "would" is still a guess.
 */
export const FRAME_NOUNS = words(`approach approaches framework formula arrangement`);

/**
 * Words telling that a party declared something or put a proposal forward ("the president's announcement that he was
 * reducing …", "Motegi signaled a readiness to …", "a proposal floated by …"): a passage holding one tells the act whose
 * content a declared "would" reports, and is compared with it; one telling only what happened is not (an announced
 * termination is no termination).
 */
export const DECLARING_WORDS = words(`announced announces announcement announcements said says declared declares declaration
  pledged pledge pledges promised promise promises vowed vow stated confirmed signaled signalled signals signaling
  signalling proposal proposals proposed plan plans scheme idea floated`);

/**
 * Verbs of hoping or fearing, whose clause tells what someone wished or dreaded, "that" or not ("many hoped that the
 * election would provide …", "feared Seoul would retaliate"): that clause is their expectation, not an event, and its
 * "would" hedges it alone; who hoped, and when, stand before and are stated.
 */
export const EXPECTATION_VERBS = words(`hoped hoping feared fearing wished`);

/**
 * Words of threatening or demanding, whose condition ("threatened to terminate the agreement unless Japan rescinded
 * …") is part of what was threatened: the threat itself is stated; the condition's words are its content, not a
 * supposition of the writer's.
 */
export const THREAT_WORDS = words(`threatened threatening threatens threat warned warning warns vowed demanded demanding`);

/**
 * Words of the writer's own work ("in our survey", "we found"): figures from it are the writer's, which no source
 * can contradict.
 */
export const FIRST_PERSON_WORDS = words(`we our ours us`);

/**
 * Words telling that an event happened again ("visited Seoul again in 2021"): its date is of a later event than the
 * one a source dates, so it is read like a time told from another time, not compared.
 */
export const REPETITION_WORDS = words(`again anew`);

/**
 * Nouns of an event that "another" before them tells happened again ("another round of talks in the spring", "another
 * visit"), as `REPETITION_WORDS` do; not "another layer", "another reason".
 */
export const REPEATED_EVENT_NOUNS = words(`round visit trip summit meeting talks`);

/** Prepositions that make a place the scene of the act beside it ("met Suga in Tokyo", "a meeting at the Hague"). */
export const LOCATIVE_PREPOSITIONS = words(`in at`);

/**
 * Prepositions that open a phrase set before the main clause ("In his first call with the new president, Suga …",
 * "After talks with the foreign minister, Blinken …"): a title closing such a phrase is no title of the name after
 * its comma, which opens the main clause.
 */
export const OPENING_PREPOSITIONS = words(`in at on with by for from during after before since amid following until
  over under among between about against through despite throughout within upon`);

/** Conjunctions that open a clause of their own after a comma (", and both Suga and Moon congratulated him"). */
export const CLAUSE_CONJUNCTIONS = words(`and but while whereas yet so`);

/**
 * Conjunctions that, after a comma, join a clause telling another subject's own act ("…, while Kawamura had earlier
 * gone to Seoul", "…, and Park Jie-won went to Tokyo in November"): that clause's values are its own, not the first
 * clause's (ownClauses.ts, where the clause must open on a person's name).
 */
export const OWN_CLAUSE_CONJUNCTIONS = words(`while whereas and but`);

/**
 * Words in "-ing" that open a phrase of a preposition, not a participle telling what an act led to ("…, including
 * hydrogen fluoride", "…, according to Seoul", "…, following Japan's curbs"): a trailing participle clause
 * (`trailingParticiple`) never opens on one.
 */
export const PREPOSITION_PARTICIPLES = words(`including according following regarding concerning excluding notwithstanding
  pending barring considering during`);

/**
 * Conjunctions opening a sentence with a clause that states its act as done, before a comma and the main clause
 * ("After Seoul terminated GSOMIA in 2019, Washington scrambled …", "When Japan struck the deal with …, Washington
 * welcomed it"): that act is told as much as the main clause's (ownClauses.ts `leadingClause`). Not "if", "unless",
 * "once", "until" or "before", whose clause tells what may, or had yet to, happen.
 */
export const LEADING_CLAUSE_CONJUNCTIONS = words(`after when although though while because since`);

/**
 * Verbs that put an act in the future or in the mood of a guess ("When Seoul terminates GSOMIA, Washington will
 * scramble …"): a sentence with one tells no leading clause as done (ownClauses.ts `leadingClause`).
 */
export const MODAL_VERBS = words(`can could will would shall should may might must`);

/**
 * Conjunctions that set a clause against the one before ("Japan has joined the protest but it has been cautious
 * about …"): a denial after one leaves the clause before it stated. ("which … has not been evident" denies it.)
 */
export const CONTRAST_CONJUNCTIONS = words(`but yet while whereas although though`);

/**
 * Nouns whose "that" clause tells what an idea or a fear holds ("the idea that allied defenses could be bargained
 * away gave Tokyo chills"): a hedge in that clause is the idea's, not the writer's guess about the sentence.
 */
export const IDEA_NOUNS = words(`idea notion prospect possibility suggestion fear fears worry worries`);

/**
 * Words opening a subordinate clause set before the main one ("Where in past disputes, diplomats might have stepped
 * in, …", "Although Seoul may object, …"): a hedge inside such a clause guesses at it only, not at the main clause.
 */
export const LEADING_SUBORDINATORS = words(`where whereas while although though`);

/**
 * Conjunctions that open a clause of time or cause after the main one ("they overcame their differences … when the
 * United States threatened to withdraw"): a denial in it is of that clause's act, and leaves the main one stated.
 */
export const ADVERBIAL_CONJUNCTIONS = words(`when whenever because since until`);

/** A mark that ends a phrase between two words: a comma, semicolon, colon, bracket or dash. */
export const PUNCTUATION_BETWEEN = /[,;:()—–]/;

/** Words that start another clause within a sentence: conjunctions, relative and subordinating words. */
export const CLAUSE_OPENERS = words(`and but though although while whereas which who that when since because`);

/**
 * Prepositions of time that put an event in a sentence as a time ("during its clash …", "after the ruling …"): a date
 * closing that phrase dates the event.
 */
export const EVENT_PREPOSITIONS = words(`during after before since amid following until`);

/**
 * Prepositions before a date that tell when a clause's event happened ("In December 2019, …", "On May 9, …"), not a
 * span's bound or an order ("since 2019", "after 2019").
 */
export const WHEN_PREPOSITIONS = words(`in on during`);

/**
 * Verbs of judging a thing as something ("saw Moon's withdrawal … as evidence that …", "regarded the ruling as a
 * breach"): base forms, inflections derived. A date of their clause dates the judgment, which may come long after
 * the event judged.
 */
export const JUDGING_VERBS = words(`see view regard treat deem judge cite describe portray characterize characterise`);

/** How many words after the thing judged its "as" may stand ("saw Moon's withdrawal from … and his refusal … as"). */
export const JUDGED_AS_REACH = 20;

/** Demonstratives standing alone as a subject for the act the sentence before told ("This is welcome …", "That was a mistake."). */
export const POINTING_BACK_PRONOUNS = words(`this that`);

/**
 * Words opening a clause of time whose event a guess about another takes as given ("would not take a risk before he
 * is re-elected … in September": the re-election in September is not guessed at). "Since" and "when" are left out:
 * "since" may give a cause, and "when" a supposition.
 */
export const PRESUPPOSING_SUBORDINATORS = words(`before after until till once`);

/**
 * A word after a hedge that makes the guess an explanation of what follows ("This is likely why Stilwell insisted …",
 * "This may be why …"): what it explains is given, only the reason is guessed. Not "because": the clause after it is
 * the guessed reason.
 */
export const EXPLAINED_WORD = 'why';

/**
 * Nouns of a declaration whose "that" clause a guess about it takes as given ("the president's announcement that he was
 * reducing … exercises … may have been tolerable"): the guess is about how it was received, not whether it was made.
 */
export const DECLARATION_NOUNS = words(`announcement declaration pledge promise`);

/**
 * Forms of "be" that, right before a participle, make it passive ("GSOMIA was terminated"): the thing named before
 * them undergoes the act, as the object after an active verb does.
 */
export const PASSIVE_AUXILIARIES = words(`is are was were be been being`);

/**
 * Verbs of advising a party ("advises Washington to …", "warns Washington against overt intervention", "urged Seoul
 * not to …"): a denial under one is advice, not a statement that the act was not done; their "against" reads as
 * "avoid" (`WARNED_AGAINST_AS`), the act after it advised against as a source may write it ("should … avoid any overt
 * intervention").
 */
export const ADVISING_VERBS = words(`advise warn caution counsel urge recommend`);

/** The word an advising verb's "against" reads as (`ADVISING_VERBS`): a word of refusal (`REFUSAL_WORDS`). */
export const WARNED_AGAINST_AS = 'avoid';

/** How many words the party advised may stand between an advising verb and its "against" ("warned Tokyo and Seoul against"). */
export const WARNED_PARTY_REACH = 5;

/**
 * Taking a quarrel before a body ("took the export-control quarrel to the WTO", "carried its complaint to …"): these
 * verbs, with a noun of a quarrel (`QUARREL_NOUNS`) as their object and "to" right after it, read as the verb given
 * (`QUARREL_TAKEN_AS`), as a source may write it ("brought the quarrel to …"). Alone, "take" is a light verb.
 */
export const QUARREL_TAKING_VERBS = words(`take carry`);

/** Nouns of a quarrel or a case that a party takes before a body (`QUARREL_TAKING_VERBS`). */
export const QUARREL_NOUNS = words(`quarrel dispute feud case complaint grievance`);

/** The verb a quarrel taken before a body reads as (`QUARREL_TAKING_VERBS`). */
export const QUARREL_TAKEN_AS = 'bring';

/** How many words a quarrel taken before a body may stand after its verb ("took its export control quarrel"). */
export const QUARREL_OBJECT_REACH = 5;

/**
 * Verbs of going (base forms; inflections derived) that, with "to" and a capitalised name right after them ("went to
 * Tokyo", "flew to Seoul", "headed to Tokyo"), tell a journey there: they read as `JOURNEY_AS`, the word a source may
 * use ("traveled to Tokyo", "visited Tokyo"). Alone, "go" is a light verb ("went so far as to declare").
 */
export const GOING_VERBS = words(`go fly head`);

/** The verb a journey told by a verb of going reads as (`GOING_VERBS`). */
export const JOURNEY_AS = 'visit';

/**
 * Irregular inflections to their base form, which the stemmer cannot derive: verbs' past forms and participles, and a
 * few plurals. The regular ones are derived by rule (stem.ts).
 */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    went: 'go',
    flew: 'fly',
    flown: 'fly',
    gone: 'go',
    was: 'be',
    were: 'be',
    been: 'be',
    held: 'hold',
    met: 'meet',
    made: 'make',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    said: 'say',
    began: 'begin',
    begun: 'begin',
    came: 'come',
    became: 'become',
    left: 'leave',
    sent: 'send',
    won: 'win',
    led: 'lead',
    struck: 'strike',
    stricken: 'strike',
    thought: 'think',
    brought: 'bring',
    bought: 'buy',
    sought: 'seek',
    told: 'tell',
    sold: 'sell',
    kept: 'keep',
    found: 'find',
    stood: 'stand',
    fell: 'fall',
    fallen: 'fall',
    rose: 'rise',
    risen: 'rise',
    chose: 'choose',
    chosen: 'choose',
    wrote: 'write',
    written: 'write',
    spoke: 'speak',
    spoken: 'speak',
    drew: 'draw',
    drawn: 'draw',
    grew: 'grow',
    grown: 'grow',
    knew: 'know',
    known: 'know',
    saw: 'see',
    seen: 'see',
    ran: 'run',
    paid: 'pay',
    laid: 'lay',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    undertook: 'undertake',
    undertaken: 'undertake',
    forgave: 'forgive',
    forgiven: 'forgive',
    froze: 'freeze',
    frozen: 'freeze',
    broke: 'break',
    broken: 'break',
    lost: 'lose',
    meant: 'mean',
    felt: 'feel',
    heard: 'hear',
    built: 'build',
    spent: 'spend',
    dealt: 'deal',
    sat: 'sit',
    hung: 'hang',
    fought: 'fight',
    taught: 'teach',
    caught: 'catch',
    arose: 'arise',
    arisen: 'arise',
    overtook: 'overtake',
    overcame: 'overcome',
    forbade: 'forbid',
    forbidden: 'forbid',
    shrank: 'shrink',
    shrunk: 'shrink',
    sped: 'speed',
    upheld: 'uphold',
    withheld: 'withhold',
    bore: 'bear',
    borne: 'bear',
    swore: 'swear',
    sworn: 'swear',
    shook: 'shake',
    shaken: 'shake',
    wore: 'wear',
    worn: 'wear',
    did: 'do',
    done: 'do',
    had: 'have',
    has: 'have',
    men: 'man',
    women: 'woman',
    children: 'child',
    people: 'person',
    analyses: 'analysis',
    crises: 'crisis',
    bases: 'base',
  }),
);

/**
 * Irregular past forms that, right after a named party, tell what it did ("the fund Germany set up"). A chosen subset
 * of `IRREGULAR_FORMS` (with "set" and "let", whose past is their base), not all of it: reading every irregular form
 * as a stated past ("left", "found", "saw", "fell") changes findings on the development sets, so the two stay apart.
 */
export const STATED_PAST_FORMS = words(`set made built began took held struck won led let`);

/**
 * Conjunctions that join a clause after a stated one ("Seoul terminated GSOMIA in 2019, and if Tokyo retaliates, …",
 * "…, but if the talks fail, …"): an "if" right after one supposes in that clause only; the clause before is stated.
 */
export const CONJOINING_CONJUNCTIONS = words(`and but`);

/**
 * Words that open a clause as its subject or verb ("if not he, who", "if not, Seoul will …" reads as "otherwise"):
 * after "if not", one opens a supposition, not the "perhaps even" of "…, if not approval".
 */
export const CLAUSE_SUBJECTS = words(`he she it they we you i there this is are was were be do does did`);

/** Words that open a condition or a supposition: "if Seoul withdrew…", "unless Tokyo rescinded…", "suppose…". */
export const CONDITION_WORDS = words(`if unless suppose supposing assuming whether`);

/**
 * Words that open a condition put before its subject ("will refrain from further retaliation should Japanese assets be
 * liquidated", "should the talks fail"): read as "if". Only where a determiner (`INVERTED_SUBJECT_OPENERS`) or a
 * capitalised word follows, and not opening the sentence (a question): "Washington should play a role" advises.
 */
export const INVERTED_CONDITION_WORDS = words(`should`);

/**
 * Words that open a sentence with a condition before its subject, as "if" ("Had Seoul terminated GSOMIA, …", "Were
 * Japan to lift the controls, …"): what follows did not happen. Only before a determiner or a capitalised word.
 */
export const OPENING_CONDITION_WORDS = words(`had were`);

/** Words that open the subject of an inverted condition ("should the talks fail", "should any assets be sold"). */
export const INVERTED_SUBJECT_OPENERS = words(`the a an its their his her any`);

/**
 * Words that change what a number means, so it cannot be compared as given: "about 40", "more than 40", "up to 40".
 * A sentence with one of these before its number states a range, not a count.
 */
export const APPROXIMATION_WORDS = words(`about around roughly approximately nearly almost some over under more less than least most
  up upward upwards fewer estimated`);

/** Words before a number making it a floor ("over 60 percent"): a value under it contradicts it. */
export const FLOOR_WORDS = words(`over`);

/** Comparatives before "than" making the number after a floor ("more than 40"). */
export const FLOOR_COMPARATIVES = words(`more`);

/**
 * Comparatives before "than" making the number after a ceiling ("less than a decade", "fewer than 40"): nothing above
 * it is meant, so any count at or under it agrees ("for less than five decades" holds of "over three decades").
 */
export const CEILING_COMPARATIVES = words(`less fewer`);

/** Words right before a number making it a ceiling ("under two decades"). Not "barely": "barely five years" is about five. */
export const CEILING_WORDS = words(`under`);

/**
 * Words telling a group's size by the count after them ("It numbered twelve lawmakers", "a delegation of twelve
 * lawmakers", "a twelve-strong delegation"): the count is the group's members, whatever its people are called, and
 * meets "a seven-member delegation". Verbs of size, not of part ("included two lawmakers" counts some of them); group
 * nouns a delegation or a body of people is called by.
 */
export const GROUP_SIZE_VERBS = words(`numbered numbering numbers comprised comprising comprises totaled totalled totaling totalling`);
export const GROUP_NOUNS = words(`delegation delegations team mission panel contingent group`);
export const GROUP_STRENGTH = 'strong';

/**
 * Nouns of a kind of grouping written after an adjective a source may use as a noun on its own: "minilateral groupings",
 * "trilateral formats" are the source's "minilaterals", "trilaterals" (alignment.ts `substantiveKinds`).
 */
export const SUBSTANTIVE_KINDS = words(`grouping groupings group groups format formats arrangement arrangements framework frameworks`);

/**
 * Words for a span of years, with its length in years: "a decade", "two decades", "a century". A number of them is
 * read as that many years, so "two decades" and "20 years" are one length of time.
 */
export const YEAR_SPANS: ReadonlyMap<string, number> = new Map([
  ['decade', 10],
  ['decades', 10],
  ['century', 100],
  ['centuries', 100],
]);

/**
 * Words that count without a figure, with the counts they allow: "a handful of casualties" (2 to 9), "dozens" (24
 * to 199), "hundreds", "thousands". What they count is the noun after "of".
 */
export const COUNT_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['handful', [2, 9]],
  ['dozens', [24, 199]],
  ['hundreds', [200, 1999]],
  ['thousands', [2000, 19999]],
]);

/**
 * Adjectives that count more than one of the plural noun right after them ("numerous calls", "on multiple
 * occasions"), with the counts they allow: against "a single call", the count differs. Not "repeated": "repeated
 * meetings … only resulted in a stalemate" tells what the meetings came to more than how many there were.
 */
export const MANY_ADJECTIVES: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['numerous', [2, 999]],
  ['multiple', [2, 999]],
]);

/**
 * Words counting the times an act happened, with the count they give: read after "only" or "just" ("set aside their
 * feud only once") or after "more than" ("more than once": at least one more), not alone ("once a year", "once
 * president", "twice as large").
 */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
]);

/** Words before a count of times that make it exact ("only once", "just twice"). */
export const ONLY_WORDS = words(`only just`);

/** Plural nouns counting times an act happened: "on multiple occasions" is a count of times, as "twice" is. */
export const OCCASION_NOUNS = words(`occasions times`);

/**
 * Nouns of a share of a whole without a figure after "a" or "the" and before "of" ("a majority of Koreans"), with the
 * shares they allow: a majority is more than half, a minority less.
 */
export const SHARE_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['majority', [0.501, 1]],
  ['minority', [0.001, 0.499]],
]);

/**
 * Words denying a count right before "a single" ("not a single meeting", "without a single casualty"): no one of it,
 * not one.
 */
export const NONE_BEFORE_SINGLE = words(`not without never nor`);

/**
 * Words before "-digit" that give a figure's number of digits, with the values they allow: "a single-digit pace" (1 to
 * 9), "double-digit growth" (10 to 99), "triple-digit" (100 to 999). Compared with one another as magnitudes.
 */
export const DIGIT_COUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['single', [1, 9]],
  ['double', [10, 99]],
  ['triple', [100, 999]],
]);

/**
 * Lengths of time written without a figure, with the counts of their unit they allow: a bare plural after a
 * preposition ("within days", "for months", "after weeks") is more than one and fewer than make the next unit up;
 * "a few" and "several" before one ("several months", "a few weeks") count a few or several of it. "For years" and
 * "for decades" set no bound above (writers say them of lengths a unit up, "for years" of three decades); "centuries"
 * is a count of centuries (`YEAR_SPANS` gives their years).
 */
export const VAGUE_LENGTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['days', [2, 13]],
  ['weeks', [2, 8]],
  ['months', [2, 11]],
  ['years', [2, 999]],
  // "for decades" is under a century: a writer would say "for a century" or "for centuries".
  ['decades', [2, 9]],
  ['centuries', [2, 999]],
]);

/**
 * Words that may stand between a length preposition and a bare plural unit of time without counting it ("for some
 * months" is "for months"): the length allows the bare plural's counts.
 */
export const UNCOUNTING_DETERMINERS = words(`some`);

/** Prepositions making "some" and a bare plural unit of time a length ("for some months"); not "in some years", which picks years out. */
export const UNCOUNTED_LENGTH_PREPOSITIONS = words(`for within after over`);

/** Words of a few before a plural unit of time ("a few weeks", "several months"), with the counts they allow. */
export const FEW_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['few', [2, 4]],
  ['several', [3, 9]],
]);

/** Prepositions after a length of time that tell the start it is counted from ("days of taking office", "months into its term"). */
export const LENGTH_STARTS = words(`of into after since`);

/** Prepositions that make a length of time an upper bound ("within weeks" holds of what took days). */
export const UPPER_BOUND_PREPOSITIONS = words(`within`);

/** Prepositions before a season with no year that make it the time of the clause ("in the spring", "during winter"). */
export const SEASON_PREPOSITIONS = words(`in during by until since through`);

/**
 * Words after "the" that count a year, a month or a season back from a time given before or from the time of writing
 * ("the previous spring", "the preceding year").
 */
export const PREVIOUS_WORDS = words(`previous preceding prior`);

/** Prepositions a bare plural unit of time follows as a length ("within days", "for months", "after weeks"). */
export const LENGTH_PREPOSITIONS = words(`within for after in over`);

/**
 * Verbs telling where a thing began, before "back to" or "from" and a date ("dates back to the 1980s", "dating from
 * the 1970s"): the thing has held from then on, as "since the 1980s" tells.
 */
export const ORIGIN_VERBS = words(`date dates dated dating`);

/**
 * Words telling a change of degree since a date ("more bitterly than ever since 2018", "increasingly since 2015",
 * "again since"): "since" then tells when the change came, not when the state itself began.
 */
export const HELD_CHANGE_WORDS = words(`than increasingly again`);

/**
 * Phrases a source tells a time back from when it was written by, in days back (the least and the most): "In recent
 * weeks, Washington inked …" (up to eight weeks). Read against the source's time of writing (writtenDates.ts), they
 * give the year (and month) they come to. Not "today" or "now", which tell the state of things more often than a day's
 * event; nor yet "last weekend", "this morning" or "last year": a year given so to a passage telling several events
 * ("Japan's announcement this morning of export restrictions … the latest blow …") was set against a draft's date of
 * another of them ("Within a year of the October 2018 ruling, Japan tightened …").
 */
export const TOLD_BACK_DAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['in recent weeks', [0, 56]],
  ['over recent weeks', [0, 56]],
]);

/** Phrases a source tells a year by, counted back from the year it was written in ("this year"). */
export const TOLD_BACK_YEARS: ReadonlyMap<string, number> = new Map([['this year', 0]]);

/**
 * Words between "for" and a length of time held up to the time of writing that leave only part of it told ("for much
 * of the past three decades"), with the least share they mean: the thing began that far into the length at the latest.
 */
export const HELD_PART_WORDS: ReadonlyMap<string, number> = new Map([
  ['much', 0.5],
  ['most', 0.5],
]);

/**
 * Prepositions before a bare plural unit of time opening a noun phrase with "of" ("despite years of talks", "amid
 * months of wrangling"): the stretch the thing went on, as "Months of private diplomacy have yielded …" at the opening
 * of a sentence is. (Not "in": "in years of plenty" picks years out.)
 */
export const LENGTH_OF_OPENERS = words(`despite amid amidst after through`);

/** Days in each unit of time, as the analysis keeps it (a stem): lengths in two units are compared in days. */
export const DAYS_IN_UNIT: ReadonlyMap<string, number> = new Map([
  ['day', 1],
  ['week', 7],
  ['month', 30],
  ['year', 365],
]);

/**
 * Units of time not turned into days ("two decades"): a length in them is compared only with one in its own unit, as
 * it always was (counting a decade in days would be a new comparison no test holds yet).
 */
export const UNCOUNTED_TIME_UNITS = words(`decad`);

/** Units of a number that make it a length of time ("seven years after", "a 70-year low"), as stems. */
export const TIME_UNITS: ReadonlySet<string> = new Set([...DAYS_IN_UNIT.keys(), ...UNCOUNTED_TIME_UNITS]);

/** Parts of a span written before it: "half a century", "a half-century", "a quarter-century". */
export const SPAN_PARTS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['quarter', 0.25],
]);

/**
 * Words that may stand between a name (or its comma) and its title; "previously", "formerly" and "once" date the title
 * as "former" does ("Suga, previously Abe's foreign minister", "Yu, once South Korea's ambassador in Tokyo").
 */
export const APPOSITION_WORDS = words(`the a an then now former previously formerly once s`);

/**
 * Phrases that may stand between a name's comma and its title as "then" does ("Stilwell, at the time deputy …",
 * "Bolton, then serving as national security adviser, …": serving as an office is holding it).
 */
export const APPOSITION_PHRASES: readonly (readonly string[])[] = [
  ['at', 'the', 'time'],
  ['serving', 'as'],
  // "Bolton, in his role as national security adviser, …": the capacity a person acts in is the title they hold.
  ['in', 'his', 'role', 'as'],
  ['in', 'her', 'role', 'as'],
  ['in', 'his', 'capacity', 'as'],
  ['in', 'her', 'capacity', 'as'],
];

/**
 * Words dating a title before them to the time of the sentence's own event ("Blinken, then Deputy Secretary, posed …",
 * "Stilwell, at the time deputy …"): held then, perhaps not now. Each phrase as its words.
 */
export const TITLE_THEN_PHRASES: readonly (readonly string[])[] = [['then'], ['at', 'the', 'time'], ['at', 'that', 'time']];

/**
 * Prepositions joining a title to the region or body it serves ("director for Asia", "minister of defense",
 * "ambassador to Japan").
 */
export const TITLE_SCOPES = words(`for of to`);

/**
 * Words that may stand between a title opening a sentence after "as" and the comma closing that phrase, naming whom
 * or what the office serves ("As the LDP's secretary-general under Abe, Suga …", "As minister for Asia in the last
 * cabinet, …"): the phrase still gives only a capacity, that of the name after its comma.
 */
export const OPENING_CAPACITY_WORDS = words(`for of to under in at the a an s`);

/** Forms of "to be" that state a title of the person before them ("Stilwell is the assistant secretary …"). */
export const TITLE_COPULAS = words(`is was`);

/**
 * Determiners and possessives opening a noun phrase a name is set beside by commas ("His co-author, Benjamin Rimland,
 * is …", "The project's director, Patrick Buchan, was …"): the name says who the subject is, and what the sentence
 * states of the subject it states of that person.
 */
export const APPOSED_NAME_OPENERS = words(`the his her their its`);

/** Verbs that state a title held by the person before them when "as" follows ("Suga served as Abe's foreign minister"). */
export const TITLE_SERVING = words(`served serves serving`);

/** Auxiliaries that may stand between a name (or its "who") and a verb stating its title ("who had served as …"). */
export const TITLE_AUXILIARIES = words(`had has have once previously formerly later`);

/**
 * Words opening a clause with no subject of its own before a verb stating a title ("she approved it while serving as
 * …"): the office is the main clause's subject's.
 */
export const SERVING_SUBORDINATORS = words(`while when`);

/**
 * Words that may stand between a form of "to be" and a verb stating a title ("who was then serving as …", "is now
 * serving as …"): they date the serving, as "then" dates a title set after a name.
 */
export const TITLE_SERVING_ADVERBS = words(`then now still currently already`);

/**
 * Words after "of" that make a leader's head a title of its own, not the head of a body: a "chief of staff" leads no
 * body named "staff", and is not any other office's holder.
 */
export const OFFICE_COMPLEMENTS = words(`staff`);

/** Verbs that give the name before them the attribute after them ("TISA is a bilateral arrangement"). */
export const COPULAS = words(`is was remains`);

/** Words opening a sentence with the account it gives ("In Tokyo's account, …", "From the Japanese perspective, …"). */
export const ACCOUNT_OPENERS = words(`in from`);

/** Verbs tying an account to what it says ("Seoul's version was that …"). */
export const ACCOUNT_LINKS = words(`is was`);

/** Words between "as" and the office a person is appointed to, besides those of apposition ("as the next ambassador"). */
export const APPOINTED_OFFICE_WORDS = words(`next new`);

/**
 * Verbs of giving someone an office, which "as" and the office follow the person they name: "the Blue House appointed
 * Representative Kang Chan-gil, former chairman of …, as the next ambassador to Japan" makes Kang the ambassador.
 */
export const APPOINTING_VERBS = words(`
  appoint appoints appointed appointing name names named naming nominate nominates nominated nominating
  designate designates designated designating tap taps tapped tapping pick picks picked picking choose chooses chose chosen
`);

/**
 * Verbs of taking a person's office over (base forms, compared by stem): "who succeeded Abe as prime minister",
 * "replaced Kono as foreign minister". The office after "as" is the one the person succeeded held.
 */
export const SUCCESSION_VERBS = words(`succeed replace`);

/**
 * Determiners and possessives before a date that make it qualify the noun after it: "the 2015 agreement", "Japan's
 * 1965 treaty", "a November 2018 judgment", "his March 1 address".
 */
export const ATTRIBUTIVE_OPENERS = words(`the a an s its their his her this that`);

/**
 * Words ending in "-ly" that are not adverbs: after a date ("the 2019 assembly", "the 1990s rally") they may be the
 * noun it qualifies, or an adjective before one ("the 2021 early election"). Any other "-ly" word after a date is an
 * adverb ("in the 1990s briefly gave"): the date tells the clause's time, it does not name a thing.
 */
export const LY_NOT_ADVERBS = words(`
  family ally rally assembly supply monopoly anomaly reply italy july jelly belly bully
  early only daily weekly monthly yearly quarterly likely unlikely friendly unfriendly costly elderly lonely lovely
  orderly holy ugly timely untimely deadly lively kindly
`);

/**
 * Nouns for what an organisation is, closing its name ("the Supreme Court", "the National Intelligence Service", "the
 * Liberal Democratic Party", "the Brookings Institution"), and the last words of companies' names ("JYP
 * Entertainment", "Samsung Electronics"). A capitalised name holding one is an organisation.
 */
export const ORGANISATION_HEADS = words(`
  court ministry party council agency service university institute assembly cabinet office department house
  foundation association committee commission bank corporation company union organization organisation forum
  force forces command army navy diet parliament congress senate government administration secretariat bureau
  center centre fund group alliance league federation board tribunal police school college institution
  entertainment electronics holdings industries motors studios
`);

/**
 * Heads of `ORGANISATION_HEADS` naming a research body, one kind whatever the name calls it ("Center for Strategic and
 * International Studies", "Brookings Institution", "Asan Institute", "Heritage Foundation"): a person's research body
 * given as another of them is the wrong one, as a university given as another university is.
 */
export const RESEARCH_BODY_HEADS = words(`center centre institute institution foundation`);

/**
 * One-word names of the buildings that stand for the government body housed there ("the Pentagon said", "officials at
 * the Kremlin"): an organisation, though no head noun of `ORGANISATION_HEADS` names one, compared with other bodies.
 */
export const SEAT_BODY_NAMES = words(`pentagon kremlin whitehall`);

/**
 * Words that may tie a name to the body after it, as its place of work or party ("Park Cheol Hee of Yonsei
 * University", "Sakata, who teaches at Keio University", "Kim Jin-pyo of the ruling Democratic Party"); "author" in
 * an apposition naming the person as the writer ("Sakata, the author, teaches at …").
 */
export const AFFILIATION_LINKS = words(`
  a an the of at with is was who teaches taught teach works worked ruling opposition author
`);

/**
 * Verbs in the present tense that tie a person to the body after them, as the one leading it or as one of its people
 * ("Kawamura, who heads the Japan-Korea Parliamentarians' Union", "Buchan directs the U.S. Alliances Project at CSIS",
 * "Kim Jin-pyo belongs to the Democratic Party"): the body the person is with at the time told. Not the past ("headed",
 * "led"): a career holds many posts, and a body once led need not be the one the sources give now.
 */
export const AFFILIATION_VERBS = words(`heads leads directs chairs runs belongs`);

/**
 * Verbs in the present tense of `AFFILIATION_LINKS` that, after a description set off by commas after a name, state
 * the name's body as `AFFILIATION_VERBS` do ("Sakata, who writes for Asia Unbound, teaches at …", "Kim, who led the
 * delegation, is a member of …"): not the past, a body once the person's.
 */
export const AFFILIATION_PRESENT_LINKS = words(`is teaches works`);

/**
 * The `AFFILIATION_VERBS` that take "to" before their body ("belongs to the Democratic Party"); not one of leading, whose
 * "to" tells a way ("heads to the party's headquarters").
 */
export const AFFILIATION_VERBS_WITH_TO = words(`belongs`);

/**
 * Nouns of a place in a body that are no title compared by its words ("a member of the People Power Party", "a fellow
 * at Keio University"): they tie the person to the body after them, as "professor at" does.
 */
export const MEMBERSHIP_NOUNS = words(`member fellow`);

/**
 * Nouns of a person's field of study, which a country's name may qualify, between a name and the body after it
 * ("Park Cheol Hee, a Japan specialist at Korea University", "Sakata, a Korea expert at …").
 */
export const EXPERTISE_NOUNS = words(`specialist specialists expert experts scholar scholars researcher analyst`);

/**
 * Titles a person holds. A role is read as its last word (the head: "secretary", "minister") and the words before it
 * (modifiers: "assistant", "deputy", "foreign", "prime"). Two roles with one head and other modifiers are different
 * offices ("deputy secretary" is not "assistant secretary").
 */
export const ROLE_HEADS = words(`
  president minister secretary ambassador chairman chairwoman chair adviser advisor director envoy spokesman
  spokeswoman spokesperson governor mayor senator representative speaker chancellor premier commander chief
  lawmaker legislator professor general admiral emperor king queen head fellow associate
`);

/**
 * Words between "as" and the title it gives as a capacity ("as the foreign minister", "named Kang as its next foreign
 * minister", "as the new ambassador"): they say which holder, not which office.
 */
export const CAPACITY_OPENERS = words(`the its his her their next new`);

/**
 * Heads of titles naming one country's representative to another: an "envoy" and an "ambassador" are compared by whose
 * they are ("Seoul's ambassador" is not "the Japanese envoy"), though they are not one office.
 */
export const REPRESENTATIVE_HEADS = words(`ambassador envoy`);

/**
 * Modifiers that make a lower office of the one the rest of the title names: a "deputy secretary of state" is not the
 * "secretary of state", a "vice foreign minister" not the "foreign minister".
 */
export const RANK_MODIFIERS = words(`deputy assistant vice under`);

/**
 * Rank words naming one rank in two translations: a "vice foreign minister" is a "deputy foreign minister" (the same
 * office, as English-language reports write it either way). Read as the word they map to.
 */
export const SAME_RANK_MODIFIERS: ReadonlyMap<string, string> = new Map([['vice', 'deputy']]);

/**
 * Words other than values that a person's phrase may hold between a country or title and the name it is given to
 * ("Japan's then vice foreign minister Akitaka Saiki", "Lim Sung-nam, the first vice foreign minister"): a title's
 * time, article and ordinal rank, and a possessive's "s". Read to tell whose country or title a caption's person is
 * set against (alignment/captions.ts).
 */
export const CAPTION_BINDING_WORDS = words(`s then the former now first second third`);

/**
 * Heads whose plural is also a verb of leading ("heads the ministry", "chairs the committee"): read as a title only
 * in the singular. Every other head is read in the plural too ("the two foreign ministers").
 */
export const SINGULAR_ONLY_HEADS = words(`head chair`);

/**
 * Heads that are everyday words too ("fellow democracies", "associate Japan with …"): read as a title only after a
 * modifier of one ("senior fellow", "research associate").
 */
export const QUALIFIED_HEADS = words(`fellow associate`);

/**
 * The fields a government's offices and bodies are named by ("foreign minister", "the defense ministry", "the state
 * department"): a title's modifiers (`ROLE_MODIFIERS`), and the words that make a lower-case body noun a body's name.
 */
export const PORTFOLIO_WORDS = words(`
  foreign defense defence finance trade state commerce treasury energy education agriculture labor labour interior
  transportation health homeland justice unification economy industry environment culture home
`);

/**
 * Words after a title's field that carry the field on into a body's name ("chairman of the foreign affairs committee",
 * "minister of the interior and safety"): the field is then no closing word of the title ("secretary of the treasury").
 */
export const FIELD_NAME_WORDS = words(`affairs and of security`);

/** Words that narrow a role's head to one office ("prime minister", "assistant secretary", "vice president"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...words(`
    prime deputy assistant vice chief cabinet national security presidential special senior under executive former
    acting elect research
  `),
  ...PORTFOLIO_WORDS,
]);

/**
 * Nouns of a government's body that a field names in lower case ("the defense ministry", "both foreign ministries",
 * "the justice department"): read as that body's name, compared by its words with a capitalised one ("Ministry of
 * Foreign Affairs").
 */
export const PORTFOLIO_BODY_NOUNS = words(`ministry department agency bureau`);

/**
 * Words after a capitalised word that show it opens a sentence rather than names something: sentence-initial
 * capitals are not names unless a glossary or the gazetteer knows them, or the next word is capitalised too.
 */
export const COMMON_SENTENCE_OPENERS = FUNCTION_WORDS;

/**
 * Nouns for the people of a country: after a country's adjective ("Japanese citizens", "Korean respondents") they
 * make a population, which is compared with other populations ("South Koreans"), not with adjectives.
 */
export const PEOPLE_NOUNS = words(`people public citizens citizen respondents voters public population nationals residents`);

/**
 * Nouns of a gathering (base forms; inflections derived). A name standing before one after "at the" ("at the G20
 * summit", "at the Hanoi summit") names the gathering, not the place it is "at": it may be a group, a series or a
 * city, and is not read as a place.
 */
export const GATHERING_NOUNS: readonly string[] = ['summit', 'meeting', 'conference', 'forum', 'talks', 'dialogue'];

/**
 * Nouns naming the rank a gathering is held at ("the dialogue at the assistant secretary level", "at the level of
 * cabinet ministers"): a title before or after one names a level, not an office someone holds (alignment/levels.ts).
 */
export const LEVEL_NOUNS = words(`level levels`);

/**
 * Adjectives of an office, read as its title before a level noun ("at the ministerial level", "vice-ministerial level"
 * talks): the rank of a minister. Only there: "prime ministerial visits" tell no rank.
 */
export const RANK_ADJECTIVES: ReadonlyMap<string, string> = new Map([['ministerial', 'minister']]);

/** Words listing the ranks of one level ("the assistant secretary or senior official level"). */
export const LEVEL_LINKS = words(`or and`);

/**
 * Heads of the offices of a government's own members, no official's rank: a level given as theirs ("at the level of
 * cabinet ministers", "the foreign-minister level", without "vice" or "deputy") is another than one given as a senior
 * official's, however vaguely that one is worded.
 */
export const TOP_OFFICE_HEADS = words(`minister secretary president`);

/**
 * Nouns of a gathering held somewhere (as written): a place right before one ("the Hanoi summit") or after "in" right
 * after one ("the General Assembly in New York") is where it was held (alignment/venues.ts). A gathering's nouns, and
 * the nouns a gathering's name ends in.
 */
export const VENUE_NOUNS: readonly string[] = [...GATHERING_NOUNS, 'gathering', 'assembly'];

/**
 * Verbs of calling an event off (base forms; "cancel" reads as its synonym "scrap"): "scrapped their planned visit",
 * "cancelled the summit" tell that the visit or the summit did not take place.
 */
export const CANCELLING_VERBS: readonly string[] = ['cancel', 'scrap'];

/** Nouns of an event that can be called off (base forms): a gathering (`GATHERING_NOUNS`) or a journey. */
export const CANCELLABLE_EVENTS: readonly string[] = [...GATHERING_NOUNS, 'visit', 'trip', 'tour'];

/**
 * Words of going somewhere (base forms; inflections derived by the stemmer): the place after their "to" ("a trip to
 * Busan", "flew to Seoul") or right after them ("visited Tokyo") is where what the going was for happened, as "in"
 * says ("met his counterparts in Seoul").
 */
export const TRAVEL_WORDS: readonly string[] = ['visit', 'trip', 'travel', 'journey', 'fly', 'go', 'come', 'return'];

/**
 * Nouns for a country's government, its people acting or its bodies: after a country's adjective ("the South Korean
 * government", "a senior Korean politician", "the Japanese side", "Korean courts") they make a party that acts for
 * that country, compared with the country named outright ("Seoul", "Japan").
 */
export const PARTY_NOUNS = words(`
  government governments administration side officials official authorities leader leaders leadership politician
  politicians lawmakers diplomats diplomat negotiators envoy military navy courts court companies firms
`);

/**
 * Words that tie a party to what it is, stays or is counted as ("China remains Japan's largest target market", "has
 * been", "counts South Korea as its …"): the thing after them is told of the party before them.
 */
export const COMPLEMENT_LINKS = words(`as is was are were remains remained remain has have had been become became becomes still`);

/**
 * The `PARTY_NOUNS` that make a party of a country other than its government: its politicians, lawmakers, courts and
 * firms act for themselves ("a senior Korean politician", "a Korean court decision", "Japanese firms"). Such a party
 * does not back what a draft tells of the government ("Seoul", "the South Korean government").
 */
export const NON_GOVERNMENT_PARTY_NOUNS = words(`
  politician politicians lawmakers lawmaker courts court companies company firms firm
`);

/**
 * Words that set the event of their clause before or after another event named right after them ("before the
 * summit", "prior to the ruling", "following Abe's resignation"), with the word that must follow some of them. The
 * verbs among them ("the speech preceded the meeting", "the ruling predated the curbs") turn round in the passive:
 * "the speech was preceded by the meeting" sets the speech after.
 */
export const ORDER_WORDS: ReadonlyMap<string, { direction: 'before' | 'after'; next?: string; verb?: true }> = new Map([
  ['before', { direction: 'before' }],
  ['prior', { direction: 'before', next: 'to' }],
  ['ahead', { direction: 'before', next: 'of' }],
  ['preceding', { direction: 'before' }],
  ['after', { direction: 'after' }],
  ['following', { direction: 'after' }],
  ['subsequent', { direction: 'after', next: 'to' }],
  ['preceded', { direction: 'before', verb: true }],
  ['precedes', { direction: 'before', verb: true }],
  ['predated', { direction: 'before', verb: true }],
  ['predates', { direction: 'before', verb: true }],
  ['followed', { direction: 'after', verb: true }],
  ['follows', { direction: 'after', verb: true }],
  ['postdated', { direction: 'after', verb: true }],
]);

/**
 * Words after a count of time that set an event that long after or before another ("two weeks later", "a decade
 * earlier"): where the sentence names no other event, the one the sentence before told (countedSpan.ts).
 */
export const COUNTED_ORDER_WORDS = words(`later earlier`);

/**
 * Verbs of bringing something about (base forms; inflections derived): after a demonstrative opening a sentence ("This
 * led to countermeasures by …", "That triggered a … battle"), what the sentence tells came of, and so after, the event
 * the sentence before told.
 */
export const CAUSING_VERBS = words(`lead trigger prompt spark provoke cause`);

/**
 * Verbs that bring a person or body into a state, told after the cause as subject ("Moon's scrapping of the agreement
 * in 2018 has made Suga very cautious", "left Tokyo wary"), base forms (inflections derived): a date in that subject is
 * the cause's, not the state's, which lasts and may be told at any later date ("Suga stayed cautious in 2020").
 */
export const STATE_CAUSING_VERBS = words(`make leave keep render`);

/**
 * Words that set their sentence's event after the one told just before, naming no event of their own: "In a subsequent
 * speech …" ("subsequent to" names its event), "Afterwards, …".
 */
export const AFTER_THE_EVENT_BEFORE = words(`subsequent afterwards afterward`);

/**
 * Words that, before "that" and a time noun (`TIME_NOUNS`), set their sentence's event after the one told just before,
 * in the time that sentence gave it: "… met in Seoul in October 2020. …, and later that month, … talks took place".
 */
export const LATER_IN_THAT_TIME = words(`later`);

/**
 * Adverbs that, after a length of time ("months later", "a decade later", "two years earlier"), tell a time counted
 * from another event: words of when, not of the act, so a sentence with them ("met in Chengdu months later") shares
 * nothing of what happened with a passage's "later that month, … talks took place in Seoul".
 */
export const RELATIVE_TIME_ADVERBS = words(`later earlier`);

/**
 * Words that may stand before a length of time opening its sentence, set off by a comma ("For over three decades,",
 * "For much of the past decade,", "Over the last two years,"): with APPROXIMATION_WORDS, only prepositions of
 * duration and the words of a window ending now, so the length is the main clause's own, as an opening date is.
 */
export const LENGTH_OPENERS = words(`for over during throughout within across in much of the past last previous just only`);

/**
 * Words setting the clause they stand in after the clause before it, naming no event of their own ("… came first, and
 * a decade later Perry's approach …", "… and only then traveled on to Tokyo", "the constitutional court weighed in
 * only afterwards"): the sentence tells two events, the earlier first.
 */
export const THEN_WORDS = words(`then afterwards afterward later subsequently`);

/**
 * Words before a THEN_WORDS word that make it a time, not a step after the clause before ("since then", "by then",
 * "until then", "even then"), or "then" a comparison's ("more than then").
 */
export const NOT_THEN_BEFORE = words(`since by until till from than even back`);

/**
 * Adverbs that may stand between "had" and its verb in a sentence of background told of the one named before ("He
 * had once chaired …", "She had previously served …"): they put the act before the event told, not in its place.
 */
export const BACKGROUND_ADVERBS = words(`once previously formerly earlier already long also`);

/** Auxiliaries of the perfect, between a subject and its own verb ("China has pressed …"): the act is the subject's. */
export const PERFECT_AUXILIARIES = words(`has have had`);

/**
 * The present perfect's auxiliaries, after which a sentence tells a state held up to its time of writing ("have tussled
 * for over three decades", "has provided"): not "had", whose state held up to a time before.
 */
export const PRESENT_PERFECT_AUXILIARIES = words(`has have`);

/**
 * Verbs that make their subject a helper of the act after them ("Suga helped reach the … agreement", "assisted in
 * negotiating"): a helper is no party to that act, so it is not set against the act's parties.
 */
export const HELPING_VERBS = words(`help assist`);

/** Verbs of being and having between a relative word and an order verb ("which were followed by", "that had preceded"). */
export const RELATIVE_AUXILIARIES = words(`is are was were has have had been being`);

/** The forms of "do" as an auxiliary: put before the subject after "Only after …" ("Only after … did Kawamura meet …"). */
export const DO_FORMS = words(`do does did`);

/**
 * Auxiliaries other than "do" a sentence opening "Only after …" or "Only before …" puts before its subject ("Only after
 * the ruling was Tokyo ready …", "Only after Biden won would Seoul act").
 */
export const INVERTED_AUXILIARIES = words(`is are was were has have had would could will can`);

/**
 * Words that, after "one" in the same sentence, set it against another of a pair or series ("privileging one ally's
 * security over another's", "one side or the other"): that "one" picks a member out, it counts nothing. "other" only
 * after "the".
 */
export const ONE_AGAINST = words(`another other`);

/** Relative words opening a clause about the noun before them, set off by a comma ("Tokyo's export curbs, which …"). */
export const RELATIVE_WORDS = words(`which that who`);

/**
 * Relative words that open an aside after a comma (", who as Cabinet Secretary helped …,", ", which …"): not "that",
 * which after a comma is as often a determiner (", that deal …") or "that is".
 */
export const ASIDE_RELATIVES = words(`who whom whose which`);

/**
 * Words a route names its stops on the way with ("to Seoul by way of the Philippines and Thailand", "via Manila"),
 * first word of each: the stops come after the route's start and before the place named just before them.
 */
export const VIA_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['via', []],
  ['by', ['way', 'of']],
]);

/** Words taking back a denial before them ("did not take him directly …, but rather to Seoul by way of …"). */
export const RETRACTING_WORDS = words(`but rather instead`);

/** Words of a journey from place to place ("stopped in Seoul first", "heading on to Tokyo", "took him to Seoul first"). */
export const JOURNEY_WORDS = words(`visited visiting stopped stopping traveled travelled traveling travelling went going
  heading headed flew flying arrived arriving continued continuing took taking`);

/**
 * Words a sentence tells the stops of a journey in order with ("stopped in Seoul first before heading on to Tokyo",
 * "… and only then traveled on to Tokyo"): the place told before such a word came before the place after it.
 */
export const STOP_ORDER_WORDS = words(`first before then afterwards afterward later`);

/**
 * The words after a verb telling an act answered the other party's with the same ("Seoul repaid in kind", "Tokyo
 * answered in kind"): the verb's subject acted second.
 */
export const IN_KIND_WORDS: readonly string[] = ['in', 'kind'];

/** Words telling stops in the reverse order of the sentence ("went to Seoul after stopping in Manila"): not read. */
export const REVERSED_STOP_WORDS = words(`after following since`);

/** Nouns of time: after an order word they tell a relative time ("the following year"), not an event. */
/**
 * Words that govern a phrase naming the event another is set after or before ("after the October 2018 ruling",
 * "following the …"): a date between "the" and the noun there names that event, not the act of the sentence.
 */
export const ORDER_GOVERNORS = words(`after before since following until till preceding`);

/**
 * Nouns that, with "of", set an act in time by another event ("in the wake of the …", "ahead of the …", "on the eve
 * of the …", "within a year of the …"): as after `ORDER_GOVERNORS`, a date naming that event is not the act's.
 */
export const TIME_AROUND_NOUNS = words(`wake aftermath ahead eve run-up day days week weeks month months year years`);

/** Of `TIME_AROUND_NOUNS`, those setting the act after the event named ("in the wake of the …"). */
export const AFTER_AROUND_NOUNS = words(`wake aftermath`);

/** Of `TIME_AROUND_NOUNS`, those setting the act before the event named ("ahead of the …", "on the eve of the …"). */
export const BEFORE_AROUND_NOUNS = words(`ahead eve run-up`);

export const TIME_NOUNS = words(`day days week weeks month months year years decade decades spring summer autumn fall winter time period`);

/**
 * Nouns for someone's telling of events: "in Tokyo's account", "in the Japanese version of events", "(the Korean
 * side's perspective)". What follows (or, in brackets, precedes) is that party's account, not the writer's.
 */
export const ACCOUNT_NOUNS = words(`account version telling view perspective story narrative`);

/**
 * Verbs giving a person's words or view ("“…,” says Professor Park", "“…,” Yu … told me", "Park predicted that …"):
 * the person before or after them is the one the sentence's statement is told as said by.
 */
export const SPEAKING_VERBS = words(`says said say told tells predicted predicts warned warns argued argues noted notes
  insisted insists believes believed`);

/**
 * Words policy writing uses for one another: a draft's "ties" are a source's "relations", its "pact" an
 * "agreement", its "verdict" a "ruling". Each group is read as its first word. General English, no fact's words.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['relations', 'ties', 'relationship'],
  ['agreement', 'pact', 'accord', 'deal', 'treaty'],
  ['ruling', 'decision', 'judgment', 'judgement', 'verdict'],
  ['companies', 'firms', 'corporations', 'businesses'],
  // A meeting of many leaders, told in other words ("the G20 gathering in Nagoya", "the Group of Twenty summit").
  ['talks', 'meeting', 'summit', 'negotiations', 'gathering'],
  ['laborers', 'labourers', 'workers'],
  // Ending an agreement or a body, in any word ("abrogated GSOMIA" is terminating it; "considering abrogation").
  ['scrap', 'abandon', 'withdraw', 'terminate', 'quit', 'exit', 'cancel', 'dissolve', 'abrogate'],
  ['compensate', 'compensation', 'reparations', 'pay'],
  ['restrictions', 'controls', 'curbs', 'measures'],
  // Not "designate": its stem is "design"'s, and "incomplete by design" appoints no one.
  ['appoint', 'name', 'tap', 'nominate'],
  ['visit', 'trip', 'travel', 'journey'],
  // A course someone leads on an issue ("Perry's trilateral effort", "Perry's initiative", "Perry led a trilateral
  // approach").
  ['approach', 'effort', 'initiative'],
  ['country', 'nation', 'state'],
  ['say', 'declare', 'announce'],
  // Setting something going ("launched trilateral consultations", "initiated trilateral consultations").
  ['begin', 'start', 'launch', 'initiate'],
  // Making an agreement ("inked cost-sharing deals", "concluded cost-sharing deals", "reached an agreement").
  ['sign', 'conclude', 'reach', 'strike', 'ink'],
  ['government', 'administration', 'cabinet'],
  // Leading a body or a group ("a delegation led by …", "… headed by …"): its head.
  ['leader', 'head', 'lead'],
  ['poll', 'survey'],
  // Going up ("tourism growing at a … rate", "tourism numbers that continue to rise at a … pace").
  ['rise', 'grow'],
  // Pressing for a step ("urge a leaders' meeting", "encourage a leader-to-leader meeting").
  ['encourage', 'urge'],
  // Paying for a body or a scheme ("funded by Japan", "financed by Seoul", "bankrolled by the government").
  // ("bankrolled" too: the stemmer undoubles its "ll" only before an ending.)
  ['fund', 'finance', 'bankroll', 'bankrolled'],
  // A comparison with past quarrels, told in other words ("likens it to the frictions … which peaked").
  ['differences', 'frictions', 'disagreements'],
  // A quarrel taken before a body ("took the dispute to …", "brought the quarrel to …").
  ['quarrel', 'dispute', 'feud', 'tussle', 'wrangle'],
  // Dread of what may come, as a noun ("revealed considerable angst in Tokyo", "Tokyo's anxieties surfaced"). Not the
  // verbs "worry" and "fear": a clause of fearing tells who fears what, and lining those up set one party's fear
  // against another's.
  ['anxiety', 'angst', 'unease'],
  // A choice of leaders at the polls ("before his re-election", "ahead of the party's leadership vote").
  ['election', 'vote', 'ballot'],
  // Charging someone with a wrong ("alleged that a … vessel targeted …", "accused a … destroyer of …").
  ['allege', 'accuse'],
  // Calling someone by a name ("labels the current … leadership", "branded Moon …").
  ['label', 'brand'],
  ['compare', 'liken'],
  // A sudden growth in number ("an explosion of such minilaterals", "minilateral groupings proliferated", "the boom").
  ['proliferate', 'explosion', 'boom', 'multiply', 'mushroom'],
  ['culminate', 'peak'],
  // Letting something end by doing nothing ("let the agreement expire", "allowed it to lapse").
  ['expire', 'lapse'],
  ['let', 'allow'],
  // Ending a dispute ("eventually settled the dispute", "finally resolved the matter").
  ['resolve', 'settle'],
  // Getting better after a fall ("ties recovered in 2020", "relations did not improve in 2020").
  ['improve', 'recover'],
  // Getting the better of a feeling or a pull ("ties have not overcome nationalist sentiments", "helped tame nationalist
  // sentiment").
  ['overcome', 'tame', 'surmount'],
  // What someone wants to see happen ("Biden's desire to see ties improve", "the president's wish").
  ['desire', 'wish'],
  // Going without a stop on the way ("flew straight from Tokyo to Seoul", "took him directly from Tokyo to Seoul").
  ['directly', 'straight'],
  // Bringing a gathering about ("convened the three-way meeting", "organized a trilateral meeting").
  ['organize', 'organise', 'convene'],
  // Whether something is genuine ("denied the veracity of the video", "disputed the authenticity of the video").
  ['veracity', 'authenticity'],
  // The lowest point something sinks to ("hit a low-water mark in 2019", "bottomed out", "reached its lowest ebb").
  ['low', 'bottom', 'ebb', 'nadir'],
  // What one expects of a course ("prospects for trilateral cooperation", "hopes for three-way cooperation").
  ['prospects', 'hopes'],
  // Bringing something hidden to light ("the talks revealed Tokyo's angst", "exposed Tokyo's anxieties").
  ['reveal', 'expose'],
  // A cool, quiet reaction ("Tokyo has been relatively subdued in response", "Tokyo's reply has been muted").
  ['subdued', 'muted'],
  // An answer to a step, as a noun ("Tokyo has been relatively subdued in response", "Tokyo's reaction has been warm").
  // Not the verbs, nor "reply": "Koreans responded with boycotts" tells the act, which "Tokyo's response was economic
  // retaliation" would back as Tokyo's.
  ['response', 'reaction'],
  // A craft that flies, in any word ("a Japanese surveillance plane", "a Japanese patrol aircraft"). Not "jet" (also an
  // engine) nor "flight" (a trip).
  ['aircraft', 'plane', 'airplane', 'aeroplane'],
  // Military practice in other words ("joint drills", "joint exercises").
  ['exercises', 'drills'],
  // A seizure of power by force, in any word ("the military takeover in Burma", "backing the coup", "the putsch").
  ['coup', 'putsch', 'takeover'],
  // British spellings the stemmer cannot derive (its "-our" and "-ise" are derived): one word in either spelling.
  ['defense', 'defence'],
  ['offense', 'offence'],
  ['license', 'licence'],
  ['center', 'centre'],
];

/**
 * One-word titles for offices usually named with a head and modifiers: a "premier" is a prime minister, a
 * "lawmaker" a representative. Heads are stems, as the analysis keeps them.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, { head: string; modifiers: readonly string[] }> = new Map([
  ['premier', { head: 'minister', modifiers: ['prime'] }],
  ['lawmaker', { head: 'representative', modifiers: [] }],
  ['legislator', { head: 'representative', modifiers: [] }],
  ['congressman', { head: 'representative', modifiers: [] }],
  ['congresswoman', { head: 'representative', modifiers: [] }],
  // Whoever leads a body: "head of the NIS", "intelligence chief", "the union's chairman", "NSC director".
  ['chief', { head: 'head', modifiers: [] }],
  ['director', { head: 'head', modifiers: [] }],
  ['chairman', { head: 'head', modifiers: [] }],
  ['chairwoman', { head: 'head', modifiers: [] }],
  ['chair', { head: 'head', modifiers: [] }],
]);

/**
 * The head of a title that says only that someone leads a body ("Pentagon chief", "head of the NIS"): it names the
 * same office as a full title ("Secretary of Defense"), in other words, so it is never compared with one.
 */
export const LEADER_HEAD = 'head';

/**
 * Heads of titles that name broadly an office another head names exactly: an "envoy" is any representative sent to
 * another country, an ambassador among them ("Kang Chan-gil, Seoul's new envoy to Tokyo" for "the next ambassador to
 * Japan"). Not the other way: a special envoy is no ambassador.
 */
export const BROADER_TITLE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['envoy', words('ambassador')]]);

/**
 * Words for an event that almost happened or was only threatened ("Seoul's near withdrawal", "nearly collapsed",
 * "threatened to terminate"): the event itself did not happen. Read like a denial of the word after them.
 */
export const NEAR_MISS_WORDS = words(`near nearly almost threatened threatening threatens threaten`);

/**
 * Words of advice ("The United States should re-strengthen cooperation …, including the reaffirmation of GSOMIA"): a
 * passage advising an act tells what ought to be done, not that anything was done, so it never backs a draft's act.
 */
export const RECOMMENDATION_WORDS = words(`should ought`);

/**
 * Verbs whose "that" clause tells what ought to be done, not what is ("we … recommend that the United States strongly
 * encourage a … meeting … in New York"): base forms, inflections derived. Not "warn" or "suggest", whose "that" often
 * states a fact ("warned that the curbs had hurt …", "the data suggest that …").
 */
export const MANDATIVE_VERBS = words(`recommend advise propose urge`);

/**
 * Classes of attributes of which a thing has one: an agreement is bilateral or trilateral, a meeting formal or
 * informal. A draft giving a thing another attribute of the class than the sources give it contradicts them.
 */
export const CONTRASTING_ATTRIBUTES: readonly (readonly string[])[] = [
  ['unilateral', 'bilateral', 'trilateral', 'multilateral'],
  ['formal', 'informal'],
  ['official', 'unofficial'],
  ['binding', 'nonbinding'],
  ['permanent', 'temporary'],
  // Events named by their season ("the Summer Olympic Games", "a winter session").
  ['summer', 'winter'],
];

/** Phrases naming a gathering of one size: each size word before each of `GATHERING_NOUNS` or "session". */
function sizedGatherings(...sizes: string[]): string[] {
  return sizes.flatMap((size) => [...GATHERING_NOUNS, 'session'].map((noun) => `${size} ${noun}`));
}

/**
 * Families of kinds of things, each kind given by the words naming it (a compound by its words: "air force"; base
 * forms, inflections derived): a thing is of one kind of its family, never of two. A draft naming one kind where the
 * passage telling the same names another ("a South Korean submarine locked its fire-control radar" against "a South
 * Korean destroyer locking its fire-control radar") is wrong about what the thing was. Siblings only: a word for the
 * whole family ("warship", "vessel", "the military", "drill") fits any of its kinds and stands in none.
 */
export const KIND_FAMILIES: readonly (readonly (readonly string[])[])[] = [
  // Warships by type ("a South Korean destroyer", "one of its submarines", "a Coast Guard cutter").
  [['destroyer'], ['frigate'], ['cruiser'], ['submarine'], ['corvette'], ['cutter'], ['minesweeper'], ['aircraft carrier']],
  // Armed services ("between the two navies", "a South Korean naval vessel", "the Chinese Coast Guard").
  [['navy', 'naval'], ['army'], ['air force'], ['coast guard'], ['marine corps']],
  // Kinds of military exercise ("approached a search and rescue exercise", "a live-fire drill").
  [['search and rescue'], ['live fire'], ['anti piracy'], ['anti submarine'], ['amphibious']],
  // Standing gatherings of many countries' leaders, by their names ("the Group of Twenty summit in Osaka", "the G-20").
  [
    ['g20', 'g 20', 'group of twenty'],
    ['g7', 'g 7', 'group of seven'],
    ['apec', 'asia pacific economic cooperation'],
    ['asean', 'association of southeast asian nations'],
    ['east asia summit'],
    ['general assembly'],
  ],
  // Forms of rule and the creeds a rivalry is framed between ("a contest between democracy and authoritarianism"):
  // a draft naming communism where the passage names authoritarianism retells the framing wrong.
  [
    ['democracy'],
    ['authoritarianism', 'autocracy', 'dictatorship', 'totalitarianism', 'tyranny'],
    ['communism'],
    ['socialism'],
    ['fascism'],
    ['theocracy'],
  ],
  // Gatherings by how many parties they bring together ("their trilateral meeting", "a bilateral session", "a
  // four-way meeting"): the same meeting is of one size. Only a size word before a gathering's noun: "bilateral
  // relations" and "trilateral cooperation" name no one meeting.
  [sizedGatherings('bilateral', 'two way'), sizedGatherings('trilateral', 'three way'), sizedGatherings('quadrilateral', 'four way')],
];

/** Each attribute word to the index of its class in `CONTRASTING_ATTRIBUTES`. */
export const ATTRIBUTE_CLASS: ReadonlyMap<string, number> = new Map(
  CONTRASTING_ATTRIBUTES.flatMap((c, k) => c.map((w) => [w, k] as const)),
);

/**
 * Nouns that count named things of one type (base forms; inflections derived by the stemmer): "three allied
 * capitals" counts places, "two cabinet secretaries" people. A draft's count of them is compared with the list of
 * such names a passage gives ("visits to Tokyo and Seoul").
 */
export const COUNTED_NAME_NOUNS: readonly (readonly [string, 'place' | 'person'])[] = [
  ['country', 'place'],
  ['nation', 'place'],
  ['capital', 'place'],
  ['city', 'place'],
  ['ally', 'place'],
  ['partner', 'place'],
  ['leader', 'person'],
  ['minister', 'person'],
  ['secretary', 'person'],
  ['official', 'person'],
];

/** Nouns for a time in office: "two years left in his term", "his last year in office". */
export const TERM_NOUNS = words(`term office tenure presidency premiership mandate`);

/** Words saying a length of time is still to come: "two years left in his term", "several years of it still ahead". */
export const REMAINING_WORDS = words(`left remaining ahead`);

/** Words for the last part of a whole: "his last year in office" leaves less than a year of it. */
export const FINAL_WORDS = words(`last final`);

/**
 * Words an item of a list of plain words may give for another's thing ("the Tokyo Games" for "the Tokyo Olympics",
 * "chips" for "semiconductors", "the pandemic response" for "COVID-19 … response"): an item in one of them is no other
 * item than one in another of its group. Each group is read as its first word. General English, no fact's words.
 */
export const LIST_ITEM_KINDRED: readonly (readonly string[])[] = [
  ['pandemic', 'covid', 'covid-19', 'coronavirus', 'virus', 'epidemic', 'health'],
  ['olympics', 'olympic', 'olympiad', 'games', 'paralympics'],
  ['semiconductors', 'semiconductor', 'chips', 'chipmakers', 'chipmaking'],
  ['economy', 'economic', 'economics', 'business', 'growth'],
  ['trade', 'commerce', 'exports', 'imports', 'commercial'],
  ['culture', 'cultural', 'arts', 'people-to-people', 'exchange', 'exchanges'],
  ['sports', 'sport', 'athletics'],
  ['military', 'defense', 'defence', 'security'],
  ['digital', 'digitalization', 'digitization', 'technology', 'tech', 'cyber'],
  ['climate', 'environment', 'environmental', 'energy', 'emissions'],
];

/** Words before a list that say it gives only some of its kind ("allies such as Japan and Korea", "including …"). */
export const PARTIAL_LIST_OPENERS = words(`including include includes such like among notably especially e.g`);

/**
 * Words before a party that single it out as the only one doing the act after it ("only Japan stripped …", "solely
 * Seoul …"): the sentence says no other party did it.
 */
export const SINGLING_OUT_BEFORE = words(`only solely`);

/**
 * Words between a denial and the preposition of the partner it denies, after the partner the act was done with ("…
 * with Seoul, but not yet with Tokyo"): the denial sets the second partner apart from the first.
 */
export const SET_APART_ADVERBS = words(`yet even`);

/**
 * Quarters of the compass, as words of names: two names alike but for one of these name two things ("the New
 * Southern Policy" is not "the New Northern Policy", nor "the East China Sea" "the South China Sea"), however many
 * words they share. Each form written out: these are parts of names, not inflections.
 */
export const COMPASS_WORDS = words(
  `north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern`,
);

/** Words tying two partners in a list, before the first, that say both took part ("with both Seoul and Tokyo"). */
export const BOTH_WORDS = words(`both`);

/** Words after a party that single it out as the only one doing the act after them ("Tokyo alone stripped …"). */
export const SINGLING_OUT_AFTER = words(`alone`);

/**
 * Words after a party that single it out only where they end its clause ("funds would come from Korean firms only."):
 * before a verb they limit the act instead ("Korean firms only later joined").
 */
export const SINGLING_OUT_AT_END = words(`only`);

/** Forms of "be" that open a cleft singling a party out ("It was Tokyo that …", "It is Abe who …"). */
export const CLEFT_VERBS = words(`is was`);

/**
 * Auxiliaries and copulas that belong to a denial they stand before ("did not", "has refused"): a source's denial is
 * quoted with its auxiliary; and a "not" after one denies the clause's predicate whatever follows ("The United States
 * is not Japan's largest target market"), where "Tokyo, not Seoul" picks one name over another.
 */
export const DENIAL_AUXILIARIES = words(`do does did has have had is are was were will would can could`);

/** Words that, after a cleft's party, open the act it is singled out for ("It was Tokyo that …", "… who …"). */
export const CLEFT_RELATIVES = words(`that who`);

/**
 * Words opening a subject of two or more parties doing one act together ("Both nations removed …", "Both sides
 * agreed …"), before a plural noun.
 */
export const JOINT_SUBJECT_WORDS = words(`both`);

/**
 * Verbs of acts two parties do together (base forms; inflections derived): "A worked with B" says what "B worked with
 * A" says, so neither names the other's party wrongly. (Not "meet": a meeting one side refused is its act alone.)
 */
export const MUTUAL_ACT_VERBS: readonly string[] = ['work', 'cooperate', 'collaborate', 'coordinate', 'partner', 'team'];

/**
 * Acts two parties do to each other alike ("Abe met Moon" is "Moon met Abe"): which side of the verb a party stands on
 * does not tell the doer from the one it is done to.
 */
export const SYMMETRIC_ACT_VERBS: readonly string[] = [
  ...MUTUAL_ACT_VERBS,
  'meet',
  'talk',
  'negotiate',
  'clash',
  'spar',
  'quarrel',
  'feud',
  'confer',
];

/**
 * Verbs of little content of their own (base forms; inflections derived): sharing only these ("went" and "is gone",
 * "made" and "make") says nothing of whether two sentences tell one act, so they never tie two people to it.
 */
export const LIGHT_VERBS: readonly string[] = ['go', 'come', 'make', 'take', 'get', 'give', 'have', 'do', 'put', 'set', 'keep'];

/**
 * Verbs saying only that an event took its place in time ("The Six-Party Talks were held …", "the ruling, issued …"
 * is not one): ending the words of an event an order word orders, they tell no more of it than its noun does.
 */
export const OCCURRING_VERBS = words(`hold occur happen unfold`);

/**
 * Verbs a thing is given out or made by (base forms; inflections derived), which in the passive date the thing their
 * subject names ("The court's ruling … was issued in October 2018", "the treaty was signed in 1965", "the talks were
 * held in Seoul"): the issuing is the ruling's own event, not another act beside it.
 */
export const ISSUING_VERBS = words(`issue hand deliver sign conclude adopt announce hold stage convene enact`);

/**
 * Words placing an act among others of its kind ("first went to Tokyo", "In his first telephone conversation"):
 * sharing only these says nothing of whether two sentences tell one act, as with `LIGHT_VERBS`.
 */
export const ORDINAL_WORDS: readonly string[] = ['first', 'second', 'third', 'last', 'next', 'latest'];

/**
 * Verbs whose "in" takes what results or what is done, not a place (base forms; inflections derived): "culminated in
 * Tokyo resisting …" names Tokyo's act, not a place where something happened.
 */
export const IN_OF_RESULT_VERBS: readonly string[] = [
  'culminate',
  'result',
  'end',
  'succeed',
  'engage',
  'participate',
  'invest',
  'persist',
];

/**
 * Words telling how many parties an event brings together ("a bilateral summit", "a trilateral meeting"): a meeting
 * of two is never the meeting of three another sentence tells, whatever its place or date.
 */
export const PARTY_COUNT_WORDS = words(`bilateral trilateral quadrilateral multilateral`);

/**
 * Words that may stand between the noun of an event and its date in a sentence that does nothing but date the event
 * the sentence before told ("The ruling came in October 2018", "The meeting took place in December 2019", "The
 * ruling, issued in October 2018, …"): auxiliaries, verbs of happening or of issuing a thing, verbs placing a thing in
 * its time ("That effort belonged to the 2000s", "The pact dates from 1965"), and prepositions of time.
 */
export const DATING_WORDS = words(`
  was were is are had has have been being
  came come took take place held hold happened occurred unfolded
  issued handed down announced made delivered given reached concluded signed
  belonged belongs dates dated
  in on at during to from the
`);

/**
 * Adverbs that may stand between a comma and the present participle opening a phrase of what a clause's act led to
 * ("…, further hollowing out the 2015 accord", "…, thereby ending …"): the phrase is no part of that clause's event.
 */
export const PARTICIPLE_ADVERBS = words(`further thereby effectively also again still only`);

/**
 * Nouns naming the points of an author's numbered list ("Sakata offers six recommendations", "her third proposal",
 * "the sixth point"): a count or an ordinal before one, in a sentence naming the author, is read against that list.
 */
export const LIST_ITEM_NOUNS = words(
  `recommendation recommendations proposal proposals point points step steps suggestion suggestions prescription prescriptions`,
);

/**
 * Words before a count of list points that make it a count of some of them ("the first three recommendations", "two
 * other proposals", "the remaining four points"): not the length of the list.
 */
export const LIST_SUBSET_WORDS = words(`first last other remaining further additional more final next latter former top`);

/**
 * Prepositions after a count of list points that narrow it to a subject ("two recommendations on North Korea", "three
 * proposals about trade"): some of the list, not its length.
 */
export const LIST_TOPIC_PREPOSITIONS = words(`on about concerning regarding of among`);

/** Ordinal words with the place they give ("her fifth recommendation" is the list's fifth point). */
export const ORDINAL_PLACES: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

/**
 * Superlatives that rank a thing among others of its kind, each with the sense it ranks by ("Japan's largest market",
 * "its second-biggest trading partner": both by size): an ordinal before one gives the rank ("second-largest" is 2),
 * none the first. Two sentences telling one thing ranked by one sense at two ranks disagree.
 */
export const RANK_SUPERLATIVES: ReadonlyMap<string, string> = new Map([
  ['largest', 'size'],
  ['biggest', 'size'],
  ['smallest', 'smallness'],
  ['highest', 'height'],
  ['lowest', 'lowness'],
]);

/**
 * Words that, opening a sentence (or its clause after a short opening phrase), point back at what the sentence right
 * before told: a demonstrative before the noun standing for it ("Those talks …", "At that meeting …", "Such efforts
 * …"), or a pronoun of a thing or of several ("Its eight recommendations …", "Instead, they urge …"). "It" is left out:
 * "It was clear that …" points at nothing.
 */
export const BACK_POINTERS = words(`that this those these such its they their`);

/**
 * Verbs that, before "so", stand for the act the sentence before told ("He did so as …", "It did so in 2017", "He
 * said so while visiting …"): the sentence tells only the act's circumstance, the act is the sentence before's.
 */
export const ELLIPSIS_VERBS = words(`do does did done doing say says said`);
/** The word after such a verb that makes it stand for the act told before. */
export const ELLIPSIS_WORD = 'so';

/**
 * Nouns of a person's term in an office, after the person's name ("the Obama presidency"), with the title of that
 * office: the term ties the title to the name, so "The president …" opening the next sentence is that person.
 */
export const OFFICE_TERMS: ReadonlyMap<string, string> = new Map([
  ['presidency', 'president'],
  ['premiership', 'premier'],
  ['chairmanship', 'chairman'],
  ['chancellorship', 'chancellor'],
]);

/**
 * Nouns after a leader's name for the government they lead or their term ("the Obama administration", "the Abe
 * cabinet", "the Obama presidency"): the name before one is a person's, and the noun is no part of that person's name,
 * so two such names ("Abe administration", "Trump administration") share no name by it.
 */
export const LEADER_GOVERNMENT_NOUNS = words(`administration cabinet government presidency premiership`);

/**
 * Capitalised words naming a political party or its side, written as a person's name is ("a Republican
 * administration", "the Labour government"): no leader's name.
 */
export const POLITICAL_PARTY_WORDS = words(`republican democratic democrat labour labor conservative liberal socialist communist`);

/** The articles: a named thing may open with one, a share noun follows one ("the majority of", "a minority of"). */
export const ARTICLES = words(`a an the`);

/** Demonstratives that, before a noun, point back at the thing the sentence before named ("that episode"). */
export const DEMONSTRATIVE_DETERMINERS = words(`that this those these`);

/**
 * Pronouns that, alone after an order word, stand for the event the sentence before told ("After that, Tokyo …",
 * "… came only after it"): the order is set against that event (referredEvents.ts).
 */
export const REFERRING_EVENT_PRONOUNS = words(`it this that`);

/**
 * Nouns of what an event came to, which after "that" or "this" sum up the event the sentence before told whatever it
 * was ("… came after that result"), as `SUMMING_NOUNS` do.
 */
export const OUTCOME_NOUNS = words(`result outcome`);

/** Prepositions after a noun that close its phrase ("that share at …"): the noun is no clause's subject before its verb. */
export const PHRASE_CLOSERS = words(`at in on of for to from with by as`);

/**
 * Prepositions whose object, a person, is someone else than the subject of the clause the phrase opens ("As
 * secretary-general under Abe, he …", "Unlike Moon, she …", "After Abe, he …"): the pronoun after them is not that person.
 */
export const OTHER_PERSON_PREPOSITIONS = words(`under unlike like alongside beside with against after before behind`);

/**
 * Words after "there" that make it the empty subject of a clause ("there was …", "there have been …", "there seems to
 * be …", with a modal "there could be …"), not a word pointing at a place named before ("sat down there").
 */
export const EXISTENTIAL_THERE_VERBS = words(`is are was were be been being s seems seem seemed remains remain remained
  appears appear appeared exists exist existed has have had used`);

/** Prepositions after which a name is a place's rather than a person's ("in Austin", "talks near Tokyo"). */
export const PLACE_PREPOSITIONS = words(`in at from to near outside`);

/** Pronouns that stand for a party as the subject of its clause ("It refused …", "They met …", "before he met …"). */
export const PARTY_SUBJECT_PRONOUNS = words(`he she it they we`);

/** Possessives that stand for a party ("his government", "their treaty"). */
export const PARTY_POSSESSIVES = words(`his her its their our`);

/** Pronouns that stand for a party doing an act, as subject or possessive: a party is named. */
export const PARTY_PRONOUNS: ReadonlySet<string> = new Set([...PARTY_SUBJECT_PRONOUNS, ...PARTY_POSSESSIVES]);

/**
 * Pronouns that, as the subject before "did so" (`ELLIPSIS_VERBS`), are the doer of the act told before: the party
 * subject pronouns but the writer's "we", which the development sets never test ("We did so" is left as it read).
 */
export const ELLIPSIS_SUBJECTS = words(`he she it they`);

/**
 * Subjects that, before a form of "be" and "the case" (`CASE_VERBS`), stand for all the sentence before told ("That has
 * been the case for the past decade", "This was the case in 2019"): what follows is only that statement's circumstance.
 */
export const CASE_SUBJECTS = words(`that this it`);
/** Forms of "be" and adverbs between such a subject and "the case" ("has long been", "is still", "remains"). */
export const CASE_VERBS = words(`is was has had have been remains remained still long also`);

/**
 * Nouns that, after "that" or "this", sum up all the sentence before told ("That episode took place in 2012"), not
 * one event it named by its noun: words of any happening, and words of a quarrel or an act that name the one told by
 * another word ("… during their confrontation over the islands. That clash took place in 2012").
 */
export const SUMMING_NOUNS = words(`
  episode affair event development happening occurrence
  clash confrontation standoff showdown skirmish spat row
  effort attempt push move step gesture exchange encounter
`);

/**
 * Units a length of time between two events is counted in ("two decades after", "a month before", "within weeks of"),
 * each in days, so counts in different units compare (countedSpan.ts): the units lengths are compared in
 * (`DAYS_IN_UNIT`) and a decade. Singular only: a plural is read by its "s".
 */
export const SPAN_UNIT_DAYS: ReadonlyMap<string, number> = new Map([...DAYS_IN_UNIT, ['decade', 10 * DAYS_IN_UNIT.get('year')!]]);

/** Words before a count of time making it rough ("some twenty years later", "about six months after"): a wider range. */
export const SPAN_APPROXIMATE = words(`some about around roughly approximately nearly almost`);

/**
 * Words telling an act as one done again, after others or going on (base forms; inflections derived): "sent a second
 * message", "again urged", "was still pressing", "repeated its call". Such an act told in words a source does not all
 * use may be another than the one it counts the time to (countedSpan.ts); the ordinals and the words of persisting too.
 */
export const REPEATED_ACT_WORDS: ReadonlySet<string> = new Set([
  ...ORDINAL_WORDS,
  ...REPETITION_WORDS,
  ...PERSISTING_WORDS,
  ...words(`another repeat renew reiterate more further`),
]);

/**
 * Words counting a unit of time without a figure ("several months after", "a few weeks before", "a couple of years
 * later"), each with the least and the most it may mean: read as wide as an approximate count (countedSpan.ts), so only
 * a length far outside them conflicts ("several months after" against "within days of").
 */
export const SPAN_VAGUE_COUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [2, 10]],
  ['a few', [2, 6]],
  ['a couple of', [2, 3]],
]);

/** Words (one or two) before a count of time making it a most ("within a year of", "less than a decade after"). */
export const SPAN_CEILINGS: ReadonlySet<string> = new Set(['within', 'under', 'less than', 'fewer than']);

/** Words (one or two) before a count of time making it a least ("more than a year before", "over two decades after"). */
export const SPAN_FLOORS: ReadonlySet<string> = new Set(['over', 'more than', 'at least']);

/**
 * Verbs of order in the passive before a count of time and "by" ("X was followed a decade later by Y"): whether the
 * subject came that long before the other event or after it.
 */
export const SPAN_PASSIVE_ORDER: ReadonlyMap<string, 'before' | 'after'> = new Map([
  ['followed', 'before'],
  ['preceded', 'after'],
]);

/**
 * Words before a count of time making it a stretch rather than a distance between two events ("in the two decades
 * after", "for a year after", "the first months after", "during the weeks before"): nothing happened that long after.
 */
export const SPAN_STRETCH_OPENERS = words(`the in for during throughout these those its their his her first next past last following`);

/**
 * Nouns by which a draft names a source's writers or the source itself, as the teller of what it retells ("the
 * authors argue …", "according to the report, …"): a frame that says whose statement it is, not part of the statement.
 */
export const AUTHOR_NOUNS = words(`author writer report article commentary essay paper piece`);

/**
 * Verbs by which writers put forward a course of action ("The authors propose a leaders' meeting …", "Sakata urges
 * …"), beside `SPEAKING_VERBS` and `VIEW_VERBS`: with a teller naming a source, a frame saying whose proposal it is.
 */
export const PROPOSING_VERBS = words(`propose recommend urge advise want suggest conclude write`);

/**
 * Verbs by which writers judge a thing as something ("The authors call the trip a misguided effort", "Sakata deems
 * the deal …"), beside `PROPOSING_VERBS`: right after a teller naming a source, a frame saying whose judgement it is.
 * Base forms, inflections derived. Only there: "called for talks" after a party is an act.
 */
export const FRAME_JUDGING_VERBS = words(`call consider deem regard describe label term`);

/**
 * Words by which a writer judges a step well or badly taken ("a welcome effort", "a misguided effort", "a mistake"; base
 * forms, inflections derived): a judgement that is its holder's own. Told as a party's ("Beijing calls the trip a
 * misguided effort"), it does not differ from the author's opposite judgement, which is another holder's.
 */
export const JUDGEMENT_WORDS = words(`welcome misguided wise mistake sensible unfortunate`);

/**
 * Words by which a sentence gives advice on what a party ought to do ("The United States should …", "… must serve
 * as …"): the party stands right before them, the advised course right after. Beside `RECOMMENDATION_WORDS`, "must",
 * which in a writer's own voice advises as "should" does.
 */
export const ADVICE_MODALS = words(`should ought must`);

/**
 * Verbs and nouns by which a draft gives an author's advice to a party named right after them, whose "to" opens the
 * course ("Sakata urges Washington to …", "wants Washington to …", "Sakata's prescription is for Washington to …").
 * Base forms, inflections derived.
 */
export const ADVICE_WORDS = words(`urge recommend advise want counsel prescription advice recommendation`);

/**
 * Courses by which a party takes a hand in a dispute between others ("intervene", "wade into the disputes", "take a
 * direct hand in negotiating", "serve as a key convenor"): each phrase as its words, the first matched in any of its
 * forms, the rest as stems; an article's noun may stand past a few words describing it ("a direct hand"), and an
 * adverb may follow the verb ("wade directly into"). Set against `STANDING_ASIDE_PHRASES` in advice (advice.ts).
 */
export const TAKING_A_HAND_PHRASES: readonly (readonly string[])[] = [
  ['intervene'],
  ['intervention'],
  ['mediate'],
  ['mediator'],
  ['broker'],
  ['convene'],
  ['convenor'],
  ['convener'],
  ['arbitrate'],
  ['wade', 'into'],
  ['get', 'involved'],
  ['take', 'the', 'lead'],
  ['take', 'a', 'hand'],
  ['take', 'a', 'seat', 'at', 'the', 'table'],
  ['hands', 'on'],
];

/**
 * Courses by which a party keeps out of a dispute between others ("step back", "stay out of it", "steer clear of
 * it"), each as its words as `TAKING_A_HAND_PHRASES`; and leaving a matter to others (`LEAVING_TO_VERBS`).
 */
export const STANDING_ASIDE_PHRASES: readonly (readonly string[])[] = [
  ['step', 'back'],
  ['stand', 'back'],
  ['step', 'aside'],
  ['stand', 'aside'],
  ['stay', 'out'],
  ['keep', 'out'],
  ['stay', 'away'],
  ['steer', 'clear'],
  ['stay', 'aloof'],
  ['remain', 'aloof'],
  ['hands', 'off'],
  ['abstain'],
  ['refrain'],
];

/**
 * Verbs that, with a "to" later in their clause, leave a matter to others ("leave the resolution of bilateral issues
 * … to its allies", "leave Japan and South Korea to find their own way"): a party standing aside.
 */
export const LEAVING_TO_VERBS = words(`leave`);

/**
 * Nouns of a written work, whose date before or after them ("the March 2021 essay", "a report published in 2019") is
 * when it was written, not when what it tells happened (alignment/tellingTimes.ts). Not a poll or a survey: its date
 * is when the opinion it measures was held.
 */
export const DOCUMENT_NOUNS = words(`report article commentary essay paper piece study memo book analysis column op-ed brief`);

/**
 * Verbs by which a work comes out, between it and its date ("the essay, published in March 2021", "Writing in 2021,
 * the authors …"): the date is the work's.
 */
export const PUBLISHING_VERBS = words(`publish published publishing write wrote written writing release released issue issued
  dated`);

/**
 * Verbs of saying, beside `SPEAKING_VERBS` and `VIEW_VERBS`, whose clause's date is when it was said ("Moon said in
 * early 2021 that …", "Moon reaffirmed in January that …"), not when what was said happened (alignment/tellingTimes.ts).
 * Not "comment" nor "repeat": their stems meet "come" and the "repeated" of events that recur.
 */
export const STATEMENT_VERBS = words(`announce declare pledge promise vow confirm reaffirm affirm acknowledge admit concede
  stress emphasize reiterate remark`);

/**
 * Nouns of a statement, whose date is when it was made ("Moon's statement in early 2021 that …", "his January 2021
 * remarks"), matched as written or plural: their stems meet other words ("statement" meets "state", a country).
 */
export const STATEMENT_NOUNS = words(`statement remark comment speech interview announcement declaration pledge`);
