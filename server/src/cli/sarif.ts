/**
 * SARIF 2.1.0 output, for code-scanning tools that read static-analysis
 * results. One run; one rule per finding code; evidence as related locations.
 */
import { FINDING_CODES, type Severity } from '../core/analysis/findings';
import { LineMap } from '../core/text/lineMap';
import type { CheckedFile } from './formatters';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'none' };

const RULE_TEXT: Record<string, string> = {
  variant: 'A name is spelled differently from the house style or the corpus.',
  'near-miss': 'A name is close to, but not, a name in the corpus.',
  'claim-supported': 'A claim an article states.',
  'claim-contradicted': 'A claim an article contradicts.',
  'claim-disputed': 'A claim the articles disagree on.',
  'claim-unsupported': 'A claim no article states or contradicts.',
  'quote-verbatim': 'A quotation found word for word.',
  'quote-misquoted': 'A quotation whose wording differs from the article.',
  'quote-misattributed': 'A quotation the article gives to someone else.',
  'quote-not-found': 'A quotation no article has.',
  'draft-problem': 'A problem with the draft file itself.',
};

function toUri(p: string): string {
  return p.split(/[\\/]/).map((s) => encodeURIComponent(s)).join('/');
}

export function formatSarif(files: CheckedFile[]): string {
  const results = files.flatMap((file) => {
    const lines = new LineMap(file.text);
    return file.findings.map((f) => {
      const start = lines.positionAt(f.start);
      const end = lines.positionAt(f.end);
      return {
        ruleId: f.code,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path) },
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, snippet: { text: f.text } },
            },
          },
        ],
        ...(f.evidence.length
          ? {
              relatedLocations: f.evidence.map((e, i) => ({
                id: i + 1,
                message: { text: `${e.stance} (${e.outlet}${e.date ? `, ${e.date}` : ''}): ${e.quote}` },
                physicalLocation: { artifactLocation: { uri: toUri(e.path) }, region: { startLine: e.line + 1, startColumn: e.character + 1 } },
              })),
            }
          : {}),
        ...(f.fix
          ? {
              fixes: [
                {
                  description: { text: f.fix.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: toUri(file.path) },
                      replacements: [
                        {
                          deletedRegion: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
                          insertedContent: { text: f.fix.newText },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    });
  });
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Corroborate',
              informationUri: 'https://github.com/corroborate/corroborate',
              rules: FINDING_CODES.map((code) => ({ id: code, shortDescription: { text: RULE_TEXT[code] ?? code } })),
            },
          },
          results,
        },
      ],
    },
    null,
    2,
  );
}
