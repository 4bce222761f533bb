/**
 * Findings: what the analysis says about a draft, as plain data with
 * document offsets and evidence. Every presentation (diagnostics, hovers,
 * code actions, CLI text, JSON and SARIF) is made from these.
 */

export type FindingKind = 'variant' | 'near-miss' | 'claim' | 'quote' | 'draft';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Stable codes. Users switch them off or change their severity by these names. */
export const FINDING_CODES = [
  'variant',
  'near-miss',
  'claim-supported',
  'claim-contradicted',
  'claim-disputed',
  'claim-unsupported',
  'quote-verbatim',
  'quote-misquoted',
  'quote-misattributed',
  'quote-not-found',
  'draft-problem',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const DEFAULT_SEVERITY: Record<FindingCode, SeveritySetting> = {
  variant: 'warning',
  'near-miss': 'warning',
  'claim-supported': 'hint',
  'claim-contradicted': 'warning',
  'claim-disputed': 'warning',
  'claim-unsupported': 'information',
  'quote-verbatim': 'hint',
  'quote-misquoted': 'warning',
  'quote-misattributed': 'warning',
  'quote-not-found': 'information',
  'draft-problem': 'warning',
};

export interface Evidence {
  articleId: string;
  path: string;
  /** 0-based line of the quoted passage in the article file. */
  line: number;
  /** 0-based character where the quote starts on that line. */
  character: number;
  /** The exact text of the passage, as in the article. */
  quote: string;
  stance: 'supports' | 'contradicts' | 'mentions';
  title: string;
  outlet: string;
  date?: string;
  /** Words of the quote that matched the draft (for emphasis). */
  matched?: string[];
  /** Who the article says said it (quotations). */
  speaker?: string;
}

export interface Fix {
  title: string;
  newText: string;
  /** Defaults to the finding's own range. */
  start?: number;
  end?: number;
}

export interface Finding {
  kind: FindingKind;
  code: FindingCode;
  start: number;
  end: number;
  /** The flagged text, as in the draft. */
  text: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
  fix?: Fix;
  /** Claim or quotation verdict. */
  verdict?: string;
  /** The spelling to accept into the house style (variants and near misses). */
  acceptable?: string;
}
