/**
 * Hover: for a name, its entity card; for a checked claim or quotation, the
 * verdict and the sources. Corpus text is escaped (see markdownText.ts).
 */
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { entityCard } from '../../core/analysis/entityCard';
import type { DraftAnalysis } from '../../core/analysis/draftAnalyzer';
import { excerpt } from '../../core/analysis/evidenceText';
import type { Evidence } from '../../core/analysis/findings';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { escapeMarkdown, escapeWithEmphasis, fileLink } from '../markdownText';

export function sourceLine(e: Evidence): string {
  const when = e.date ? `, ${escapeMarkdown(e.date)}` : '';
  const who = e.speaker ? ` — says ${escapeMarkdown(e.speaker)}` : '';
  const quote = escapeWithEmphasis(excerpt(e.quote, 300), e.matched ?? []);
  return `*${escapeMarkdown(e.outlet)}*${when}: ${escapeMarkdown(e.title)} — “${quote}”${who} ${fileLink('open', e.path, e.line, e.character)}`;
}

export function entityHover(analysis: DraftAnalysis, offset: number, index: CorpusIndex): MarkupContent | undefined {
  const mention = analysis.mentions.find((m) => m.start <= offset && offset <= m.end);
  if (!mention) return undefined;
  const entity = index.registry.entity(mention.entityId);
  if (!entity) return undefined;
  const card = entityCard(entity, index);
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(card.preferred)}** · ${card.type}${card.roles.length ? ` · ${escapeMarkdown(card.roles.join('; '))}` : ''}`);
  lines.push('');
  if (card.spellings.length > 1) {
    lines.push(`Spellings in the corpus: ${card.spellings.map((s) => `${escapeMarkdown(s.surface)} (${s.count})`).join(', ')}. Preferred: ${escapeMarkdown(card.preferred)} (${escapeMarkdown(card.preferredReason)}).`);
    lines.push('');
  }
  if (card.aliases.length) {
    lines.push(`Also written: ${card.aliases.map(escapeMarkdown).join(', ')}.`);
    lines.push('');
  }
  lines.push(`Mentioned ${card.mentionCount} time${card.mentionCount === 1 ? '' : 's'} in ${card.articleCount} of ${card.corpusArticles} articles. First mention in each:`);
  lines.push('');
  for (const e of card.firstMentions) lines.push(`- ${sourceLine(e)}`);
  if (card.articleCount > card.firstMentions.length) lines.push(`- … and ${card.articleCount - card.firstMentions.length} more articles`);
  return { kind: 'markdown', value: lines.join('\n') };
}

const VERDICT_TITLE: Record<string, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  disputed: 'Disputed between sources',
  unsupported: 'Unsupported',
  verbatim: 'Quoted word for word',
  misquoted: 'Misquoted',
  misattributed: 'Misattributed',
  'not-found': 'Quotation not found',
};
const STANCE_MARK: Record<string, string> = { supports: '✓', contradicts: '✗', mentions: '·' };

/** The verdict on the claim or quotation under the cursor, and its sources. */
export function claimHover(analysis: DraftAnalysis, offset: number): MarkupContent | undefined {
  const here = analysis.claims.filter((c) => c.start <= offset && offset <= c.end);
  const claim = here.find((c) => c.kind === 'quote') ?? here[0];
  if (!claim) return undefined;
  const lines = [`**${VERDICT_TITLE[claim.verdict] ?? claim.verdict}** — ${escapeMarkdown(claim.reason)}`];
  if (claim.kind === 'quote' && claim.speaker) lines.push('', `The draft gives it to ${escapeMarkdown(claim.speaker)}.`);
  if (claim.evidence.length) {
    lines.push('', claim.kind === 'quote' ? 'Where it comes from:' : 'Sources:', '');
    for (const e of claim.evidence) lines.push(`- ${STANCE_MARK[e.stance] ?? ''} ${sourceLine(e)}`);
  }
  return { kind: 'markdown', value: lines.join('\n') };
}

export function hoverAt(analysis: DraftAnalysis, offset: number, index: CorpusIndex): Hover | null {
  const parts = [claimHover(analysis, offset), entityHover(analysis, offset, index)].filter((p): p is MarkupContent => p !== undefined);
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.map((p) => p.value).join('\n\n---\n\n') } };
}
