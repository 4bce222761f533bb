/**
 * The claim and quotation checks of a draft block: which sentences are
 * claims, what the corpus says of each, and what it says of each quotation.
 * Plugs into the draft analyzer as a block check, so results are cached per
 * block like everything else.
 */
import type { AnalysisSettings, BlockCheck, BlockResult } from '../analysis/draftAnalyzer';
import type { Finding, FindingCode } from '../analysis/findings';
import type { CorpusIndex } from '../index/corpusIndex';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedBlock, AnalyzedSentence } from '../language/prose';
import { QuoteChecker } from '../quotes/quoteChecker';
import { ClaimVerifier } from '../verify/claimVerifier';
import { ClaimDetector } from './claimDetection';

const VERDICT_LABEL: Record<string, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  disputed: 'Disputed',
  unsupported: 'Unsupported',
  verbatim: 'Quoted word for word',
  misquoted: 'Misquoted',
  misattributed: 'Misattributed',
  'not-found': 'Quotation not found',
};

export class ClaimCheck implements BlockCheck {
  readonly detector: ClaimDetector;
  readonly verifier: ClaimVerifier;
  readonly quotes: QuoteChecker;

  constructor(
    readonly lexicon: Lexicon,
    index: CorpusIndex,
  ) {
    this.detector = new ClaimDetector(lexicon);
    this.verifier = new ClaimVerifier(lexicon, index);
    this.quotes = new QuoteChecker(lexicon, index);
  }

  run(block: AnalyzedBlock, prose: string, result: BlockResult, settings: AnalysisSettings): void {
    const quotedWords = new Map<number, number>();
    if (settings.checks.quotes) {
      for (const q of block.quotations) {
        const sentence = block.sentences[q.sentence]!;
        const closing = block.sentences[q.closeSentence]!;
        const inner = [...sentence.tokens, ...(q.closeSentence !== q.sentence ? block.sentences.slice(q.sentence + 1, q.closeSentence + 1).flatMap((s) => s.tokens) : [])].filter(
          (t) => t.start >= q.start && t.end <= q.end,
        );
        const words = inner.filter((t) => t.kind !== 'punct' && !t.possessive && t.lower !== "'s").length;
        quotedWords.set(q.sentence, (quotedWords.get(q.sentence) ?? 0) + words);
        const speakerSentence = q.closeSentence !== q.sentence && closing ? closing : sentence;
        const range: [number, number] = speakerSentence === sentence ? [q.openToken, q.closeSentence === q.sentence ? q.closeToken : sentence.tokens.length] : [0, q.closeToken];
        const res = this.quotes.check(inner, speakerSentence, range, block.sentences[q.sentence - 1]);
        if (!res) continue;
        const code = `quote-${res.verdict}` as FindingCode;
        const finding: Finding = {
          kind: 'quote',
          code,
          start: q.start,
          end: q.end,
          text: prose.slice(q.start, q.end),
          severity: 'warning',
          message: `${VERDICT_LABEL[res.verdict]}: ${res.reason}`,
          evidence: res.evidence,
          verdict: res.verdict,
        };
        if (res.verdict === 'misquoted' && res.correct) finding.fix = { title: `Use the article's wording: “${res.correct.length > 60 ? res.correct.slice(0, 57) + '...' : res.correct}”`, newText: res.correct };
        result.findings.push(finding);
        result.claims.push({ kind: 'quote', start: q.start, end: q.end, verdict: res.verdict, reason: res.reason, evidence: res.evidence, ...(res.draftSpeaker ? { speaker: res.draftSpeaker } : {}) });
      }
    }
    if (!settings.checks.claims) return;
    block.sentences.forEach((sentence, i) => {
      // A sentence that is mostly a quotation is judged by the quotation check; scare quotes
      // and short quoted phrases leave the rest of the sentence a claim.
      const words = sentence.tokens.filter((t) => t.kind !== 'punct' && !t.possessive).length;
      if ((quotedWords.get(i) ?? 0) * 2 > words) return;
      if (this.detector.classify(sentence, block.kind === 'heading') !== 'claim') return;
      this.checkClaim(sentence, prose, result);
    });
  }

  private checkClaim(sentence: AnalyzedSentence, prose: string, result: BlockResult): void {
    const res = this.verifier.verify(sentence);
    const code = `claim-${res.verdict}` as FindingCode;
    const span = (res.verdict === 'contradicted' || res.verdict === 'disputed') && res.conflictSpans[0] ? res.conflictSpans[0] : { start: sentence.start, end: sentence.end };
    result.findings.push({
      kind: 'claim',
      code,
      start: span.start,
      end: span.end,
      text: prose.slice(span.start, span.end),
      severity: 'warning',
      message: `${VERDICT_LABEL[res.verdict]}: ${res.reason}`,
      evidence: res.evidence,
      verdict: res.verdict,
    });
    result.claims.push({ kind: 'claim', start: sentence.start, end: sentence.end, verdict: res.verdict, reason: res.reason, evidence: res.evidence });
  }
}
