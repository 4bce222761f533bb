/**
 * What the index keeps of one article: metadata, sentence spans with their
 * line, the terms each sentence is found by, and the names it mentions.
 * Records are plain data (JSON-serializable) so they can be persisted and
 * reused while the article's content is unchanged.
 */
import type { ArticleMeta, ArticleProblem } from '../corpus/article';
import { parseArticle } from '../corpus/article';
import type { FurnitureRules } from '../corpus/furniture';
import type { Mention } from '../entities/mentions';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedSentence, Definition, ProseAnalyzer, RoleLink } from '../language/prose';
import type { ValueMention } from '../language/values';
import { LineMap } from '../text/lineMap';
import type { BlockKind } from '../text/markdown';

/** Bumped whenever analysis changes, so persisted records are rebuilt. */
export const ANALYSIS_VERSION = 14;

export interface SentenceRecord {
  start: number;
  end: number;
  /** 0-based line of the sentence's first character. */
  line: number;
  block: BlockKind;
  /** Terms the sentence is found by (see sentenceTerms). */
  terms: string[];
  mentions: Mention[];
  definitions: Definition[];
  roles: RoleLink[];
  coordinations: [number, number][];
}

export interface ArticleRecord {
  version: number;
  meta: ArticleMeta;
  /** Content hash of the file text. */
  hash: string;
  furnitureLines: number[];
  problems: ArticleProblem[];
  error?: ArticleProblem;
  sentences: SentenceRecord[];
}

/** Most sentences an article contributes (a larger one is cut and reported). */
export const MAX_SENTENCES_PER_ARTICLE = 20_000;

/**
 * Terms a sentence is indexed by: content-word lemmas, predicate classes of
 * its verbs, verbs its nouns derive from, and its names ("e:" + key; a
 * demonym also stands for its place).
 */
/** The index term of a number, ordinal, year or date: its kind and value. */
export function valueTerm(v: ValueMention): string {
  return `v:${v.kind}:${v.value}`;
}

/** The month of a date, as the index term of a month ("in February"). */
export function monthTerm(v: ValueMention): string {
  return `v:month:${Math.floor(v.value / 100)}`;
}

export function sentenceTerms(s: AnalyzedSentence, lexicon: Lexicon): string[] {
  const terms = new Set<string>();
  const inMention = new Set<number>();
  for (const m of s.mentions) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) inMention.add(k);
    terms.add(`e:${m.key}`);
    if (m.refersTo) terms.add(`e:${m.refersTo}`);
  }
  s.tokens.forEach((t, k) => {
    if (t.kind !== 'word' || inMention.has(k) || t.possessive) return;
    if (lexicon.isFunctionWord(t.lower) || t.lower.length < 2) return;
    const lemma = s.lemmas[k]!;
    terms.add(lemma);
    for (const act of lexicon.predicateActs.get(lemma) ?? []) terms.add(`p:${act.classId}`);
    for (const verb of lexicon.derivationVerbs(lemma)) terms.add(verb);
  });
  // Numbers and dates, so that among many like sentences the one with the claim's figure ranks first.
  for (const v of s.values) {
    terms.add(valueTerm(v));
    // A day is also its month: "21 February" finds "on the eve of its February 24 invasion" and "in late February".
    if (v.kind === 'date') terms.add(monthTerm(v));
    // A measure is also its unit, however written ("6,500km"), so that a claim's other figure finds it.
    if (v.unit && lexicon.unitScale(v.unit)) terms.add(v.unit);
  }
  return [...terms];
}

export function analyzeArticle(
  path: string,
  text: string,
  hash: string,
  analyzer: ProseAnalyzer,
  furniture: FurnitureRules,
): ArticleRecord {
  const parsed = parseArticle(path, text, furniture);
  const record: ArticleRecord = {
    version: ANALYSIS_VERSION,
    meta: parsed.meta,
    hash,
    furnitureLines: [...parsed.furnitureLines].sort((a, b) => a - b),
    problems: parsed.problems,
    sentences: [],
  };
  if (parsed.error) {
    record.error = parsed.error;
    return record;
  }
  const lines = new LineMap(text);
  for (const block of parsed.scanned.blocks) {
    if (!block.prose) continue;
    const analyzed = analyzer.analyzeBlock(block.prose, block.start, block.kind);
    for (const s of analyzed.sentences) {
      if (record.sentences.length >= MAX_SENTENCES_PER_ARTICLE) break;
      record.sentences.push({
        start: s.start,
        end: s.end,
        line: lines.lineAt(s.start),
        block: block.kind,
        terms: sentenceTerms(s, analyzer.lexicon),
        mentions: s.mentions,
        definitions: s.definitions,
        roles: s.roles,
        coordinations: s.coordinations,
      });
    }
  }
  if (record.sentences.length >= MAX_SENTENCES_PER_ARTICLE) {
    record.problems.push({ line: 0, message: `The article has more than ${MAX_SENTENCES_PER_ARTICLE} sentences; only the first ${MAX_SENTENCES_PER_ARTICLE} are used.`, severity: 'warning' });
  }
  return record;
}
