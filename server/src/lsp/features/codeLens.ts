/**
 * A code lens above each paragraph with checked claims: how many are
 * supported, contradicted, disputed and unsupported.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftAnalysis } from '../../core/analysis/draftAnalyzer';

const ORDER = ['supported', 'contradicted', 'disputed', 'unsupported'];

export function codeLenses(analysis: DraftAnalysis, doc: TextDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const block of analysis.blocks) {
    const total = ORDER.reduce((n, v) => n + (block.counts[v] ?? 0), 0);
    if (total === 0) continue;
    const title = ORDER.filter((v) => block.counts[v]).map((v) => `${block.counts[v]} ${v}`).join(' · ');
    const start = doc.positionAt(block.start);
    lenses.push({ range: { start, end: start }, command: { title: `Claims: ${title}`, command: '' } });
  }
  return lenses;
}
