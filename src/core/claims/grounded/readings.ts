import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { analyseSentence, type AnalysedSentence } from './sentenceAnalysis';

/**
 * Sentences one check has read ahead of the extracted claims' pass, handed over to it once: the curated facts' pass
 * reads a sentence it found a conflict in (`clearsCuratedFinding`), and the pass after it would read it again (it was a
 * twentieth of a check of a memo in the writer's own words). A reading leaves on its first `take`, so this holds no
 * more than the sentences of curated findings not yet reached, however long the draft.
 */
export class ReadAhead {
  /** Readings by the paragraph's prose, then by `start:end`. */
  private readonly byParagraph = new Map<string, Map<string, AnalysedSentence>>();

  constructor(private readonly kb: KnowledgeBase) {}

  /** The reading of `prose`'s sentence at [start, end), kept for one `take`. */
  read(prose: string, start: number, end: number): AnalysedSentence {
    let sentences = this.byParagraph.get(prose);
    const key = `${start}:${end}`;
    const known = sentences?.get(key);
    if (known) return known;
    const reading = analyseSentence(this.kb, prose, start, end);
    if (!sentences) this.byParagraph.set(prose, (sentences = new Map()));
    sentences.set(key, reading);
    return reading;
  }

  /** The reading of that sentence if it was read ahead (and is let go), else undefined. */
  take(prose: string, start: number, end: number): AnalysedSentence | undefined {
    const sentences = this.byParagraph.get(prose);
    if (!sentences) return undefined;
    const key = `${start}:${end}`;
    const reading = sentences.get(key);
    if (reading === undefined) return undefined;
    sentences.delete(key);
    if (sentences.size === 0) this.byParagraph.delete(prose);
    return reading;
  }
}
