/**
 * Analyzes a markdown draft against the corpus: the one entry point the
 * language server, the CLI and the tests share.
 *
 * The draft is split into blocks (paragraphs, headings, list items). Each
 * block is analyzed on its own and the result cached by the block's prose
 * (its text with markup masked), so after a keystroke only the edited block
 * is analyzed again. Results are stored relative to the block and shifted to
 * where the block now stands. In-document switches and severities are applied
 * after the cache, so they never invalidate it.
 *
 * Invariant: analyzing a block depends only on the block's prose and kind,
 * the corpus, the house style and the check settings; never on other blocks.
 */
import type { EntityRegistry, FormRole } from '../entities/registry';
import { nameKey, type Mention } from '../entities/mentions';
import type { CorpusIndex } from '../index/corpusIndex';
import type { Lexicon } from '../lexicon/lexicon';
import type { AnalyzedBlock, ProseAnalyzer } from '../language/prose';
import { Suppressions } from '../style/suppressions';
import { scanMarkdown, type BlockKind, type MarkdownBlock } from '../text/markdown';
import { DEFAULT_SEVERITY, type Evidence, type Finding, type FindingCode, type SeveritySetting } from './findings';

export interface CheckSettings {
  variants: boolean;
  nearMisses: boolean;
  claims: boolean;
  quotes: boolean;
}

export interface AnalysisSettings {
  checks: CheckSettings;
  severity: Partial<Record<FindingCode, SeveritySetting>>;
  /** Most findings reported for one document. */
  maxFindings: number;
  /** Drafts longer than this (characters) get name checks only: claims take too long there. */
  maxClaimCheckLength?: number;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  checks: { variants: true, nearMisses: true, claims: true, quotes: true },
  severity: {},
  maxFindings: 2000,
  maxClaimCheckLength: 1_000_000,
};

export interface DraftMention {
  start: number;
  end: number;
  surface: string;
  entityId: number;
  role: FormRole;
}

/** What one block yields, with offsets relative to the block start. */
export interface BlockResult {
  findings: Finding[];
  mentions: DraftMention[];
  /** Claim and quotation results (filled by the claim checker). */
  claims: ClaimSummary[];
}

/** A checked claim or quotation: what the hover and code lens show. */
export interface ClaimSummary {
  kind: 'claim' | 'quote';
  start: number;
  end: number;
  verdict: string;
  reason: string;
  evidence: Evidence[];
  /** For quotations: who the draft says said it. */
  speaker?: string;
}

export interface DraftAnalysis {
  findings: Finding[];
  mentions: DraftMention[];
  claims: ClaimSummary[];
  /** Paragraph-level blocks and their claim counts (for code lenses). */
  blocks: { start: number; end: number; kind: BlockKind; counts: Record<string, number> }[];
  /** Blocks analyzed in this call (the rest came from the cache). */
  analyzedBlocks: number;
  cachedBlocks: number;
  truncated: boolean;
}

/** A check that runs on one analyzed block (claims and quotations plug in here). */
export interface BlockCheck {
  run(block: AnalyzedBlock, prose: string, result: BlockResult, settings: AnalysisSettings): void;
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

const MAX_CACHE_BLOCKS = 20_000;

export class DraftAnalyzer {
  private cache = new Map<string, BlockResult>();
  private cacheGeneration = '';
  private readonly checks: BlockCheck[] = [];

  constructor(
    readonly lexicon: Lexicon,
    readonly prose: ProseAnalyzer,
    readonly index: CorpusIndex,
  ) {}

  /** Forgets every cached block result (benchmarks measure full checks this way). */
  clearCache(): void {
    this.cache.clear();
  }

  addCheck(check: BlockCheck): void {
    this.checks.push(check);
    this.cache.clear();
  }

  private generation(settings: AnalysisSettings): string {
    return `${this.index.version}|${JSON.stringify(settings.checks)}`;
  }

  /** Analyzes a whole draft (synchronously). */
  analyze(text: string, settings: AnalysisSettings = DEFAULT_SETTINGS, token?: CancellationToken): DraftAnalysis {
    const it = this.steps(text, settings, token);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Analyzes a draft, yielding to the event loop every few milliseconds so a
   * server stays responsive, and stopping as soon as `token` is cancelled.
   */
  async analyzeAsync(text: string, settings: AnalysisSettings, token?: CancellationToken, sliceMs = 8): Promise<DraftAnalysis> {
    const it = this.steps(text, settings, token);
    let sliceStart = Date.now();
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) throw new AnalysisCancelled();
        sliceStart = Date.now();
      }
    }
  }

  private *steps(text: string, requested: AnalysisSettings, token?: CancellationToken): Generator<void, DraftAnalysis, void> {
    const limit = requested.maxClaimCheckLength ?? DEFAULT_SETTINGS.maxClaimCheckLength!;
    const tooLong = text.length > limit && (requested.checks.claims || requested.checks.quotes);
    const settings = tooLong ? { ...requested, checks: { ...requested.checks, claims: false, quotes: false } } : requested;
    const generation = this.generation(settings);
    if (generation !== this.cacheGeneration) {
      this.cache.clear();
      this.cacheGeneration = generation;
    }
    const scanned = scanMarkdown(text, { frontMatter: true });
    const registry = this.index.registry;
    const analysis: DraftAnalysis = { findings: [], mentions: [], claims: [], blocks: [], analyzedBlocks: 0, cachedBlocks: 0, truncated: false };
    const used = new Map<string, BlockResult>();
    const draftFindings: Finding[] = [];

    if (scanned.frontMatter && !scanned.frontMatter.closed) {
      draftFindings.push({
        kind: 'draft',
        code: 'draft-problem',
        start: 0,
        end: 3,
        text: '---',
        severity: 'warning',
        message: 'This --- at the top opens front matter that is never closed with another --- line; the rest of the file is checked as text.',
        evidence: [],
      });
    }

    if (tooLong) {
      draftFindings.push({
        kind: 'draft',
        code: 'draft-problem',
        start: 0,
        end: 0,
        text: '',
        severity: 'information',
        message: `This draft is ${(text.length / 1e6).toFixed(1)} million characters long; claims and quotations are checked in drafts up to ${(limit / 1e6).toFixed(1)} million. Names are still checked.`,
        evidence: [],
      });
    }
    for (const block of scanned.blocks) {
      if (!block.prose) continue;
      if (token?.isCancellationRequested) throw new AnalysisCancelled();
      const key = `${block.kind}\u0000${block.prose}`;
      let result = used.get(key) ?? this.cache.get(key);
      if (result) {
        analysis.cachedBlocks++;
      } else {
        result = this.analyzeBlock(block, registry, settings);
        analysis.analyzedBlocks++;
        if (this.cache.size >= MAX_CACHE_BLOCKS) this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, result);
        yield;
      }
      used.set(key, result);
      this.place(result, block, analysis);
    }
    // Keep the cache to what the document uses now (plus what it just used), so it cannot grow without bound.
    if (this.cache.size > used.size * 4 + 1000) this.cache = new Map([...used]);

    analysis.findings.unshift(...draftFindings);
    this.applySettings(text, analysis, settings);
    return analysis;
  }

  /** Copies a block result into the document analysis at the block's offset. */
  private place(result: BlockResult, block: MarkdownBlock, analysis: DraftAnalysis): void {
    const base = block.start;
    const counts: Record<string, number> = {};
    for (const f of result.findings) {
      analysis.findings.push({
        ...f,
        start: f.start + base,
        end: f.end + base,
        ...(f.fix ? { fix: { ...f.fix, ...(f.fix.start !== undefined ? { start: f.fix.start + base, end: f.fix.end! + base } : {}) } } : {}),
      });
    }
    for (const m of result.mentions) analysis.mentions.push({ ...m, start: m.start + base, end: m.end + base });
    for (const c of result.claims) {
      analysis.claims.push({ ...c, start: c.start + base, end: c.end + base });
      if (c.kind === 'claim') counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
    }
    analysis.blocks.push({ start: block.start, end: block.end, kind: block.kind, counts });
  }

  private analyzeBlock(block: MarkdownBlock, registry: EntityRegistry, settings: AnalysisSettings): BlockResult {
    const analyzed = this.prose.analyzeBlock(block.prose, 0, block.kind);
    const result: BlockResult = { findings: [], mentions: [], claims: [] };
    for (const sentence of analyzed.sentences) {
      for (const mention of sentence.mentions) this.checkName(mention, sentence.tokens, block.prose, registry, settings, result);
    }
    for (const check of this.checks) check.run(analyzed, block.prose, result, settings);
    return result;
  }

  private checkName(
    mention: Mention,
    tokens: readonly { start: number; end: number; text: string; lower: string; kind: string }[],
    prose: string,
    registry: EntityRegistry,
    settings: AnalysisSettings,
    result: BlockResult,
  ): void {
    if (mention.kind === 'demonym') return;
    const known = registry.lookup(mention.key);
    const text = prose.slice(mention.start, mention.end);
    if (known) result.mentions.push({ start: mention.start, end: mention.end, surface: mention.surface, entityId: known.entity.id, role: known.role });
    if (settings.checks.variants && text === mention.surface) {
      const variant = registry.variant(mention.surface);
      if (variant) {
        if (!known) result.mentions.push({ start: mention.start, end: mention.end, surface: mention.surface, entityId: variant.entity.id, role: 'spelling' });
        result.findings.push({
          kind: 'variant',
          code: 'variant',
          start: mention.start,
          end: mention.end,
          text,
          severity: 'warning',
          message: `'${mention.surface}' is a variant of '${variant.preferred}' (${variant.reason}).`,
          evidence: [],
          fix: { title: `Replace with '${variant.preferred}'`, newText: variant.preferred },
          acceptable: mention.surface,
        });
        return;
      }
    }
    if (known || !settings.checks.nearMisses) return;
    // Near misses: a word of the name the corpus does not know, close to one it does.
    for (let k = mention.tokenStart; k < mention.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || t.text.length < 4) continue;
      if (this.lexicon.isKnownWord(t.lower) || this.lexicon.nameTags(t.lower)) continue;
      if (registry.lookup(nameKey(t.text))) continue;
      const hit = registry.nearMiss(t.text);
      if (!hit) continue;
      result.mentions.push({ start: t.start, end: t.end, surface: t.text, entityId: hit.entity.id, role: 'spelling' });
      result.findings.push({
        kind: 'near-miss',
        code: 'near-miss',
        start: t.start,
        end: t.end,
        text: t.text,
        severity: 'warning',
        message: `'${t.text}' is not a name in the corpus; did you mean '${hit.entity.preferred}'?`,
        evidence: [],
        fix: { title: `Replace with '${hit.surface}'`, newText: hit.surface },
        acceptable: t.text,
      });
    }
  }

  /** In-document switches, severities and the findings cap. */
  private applySettings(text: string, analysis: DraftAnalysis, settings: AnalysisSettings): void {
    const suppressions = Suppressions.parse(text);
    const kept: Finding[] = [];
    for (const f of analysis.findings) {
      const severity = settings.severity[f.code] ?? DEFAULT_SEVERITY[f.code];
      if (severity === 'off') continue;
      if (suppressions.covers(f.start, f.kind, f.code)) continue;
      kept.push({ ...f, severity });
    }
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    if (kept.length > settings.maxFindings) {
      analysis.truncated = true;
      kept.length = settings.maxFindings;
    }
    analysis.findings = kept;
  }
}
