/**
 * Where the files that ship with Corroborate are: the word lexicon, the
 * default house style and the bundled corpus. In the bundle they sit beside
 * dist/server.js; when running from source (tests) they are in the repo.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexicon, type LexiconData } from '../core/lexicon/lexicon';

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find((c) => fs.existsSync(c));
}

const here = __dirname;

export function lexiconPath(): string {
  const found = firstExisting([
    process.env.CORROBORATE_LEXICON ?? '',
    path.join(here, 'lexicon.json'),
    path.join(here, '..', '..', 'generated', 'lexicon.json'),
    path.join(here, '..', 'server', 'generated', 'lexicon.json'),
  ].filter(Boolean));
  if (!found) throw new Error('The word lexicon (lexicon.json) is missing: run `npm run build` first.');
  return found;
}

export function defaultStylePath(): string {
  const found = firstExisting([path.join(here, 'style', 'default.yaml'), path.join(here, '..', '..', 'style', 'default.yaml'), path.join(here, '..', 'server', 'style', 'default.yaml')]);
  if (!found) throw new Error('The default house style (style/default.yaml) is missing.');
  return found;
}

export function bundledCorpusPath(): string | undefined {
  return firstExisting([path.join(here, '..', 'corpus'), path.join(here, '..', '..', '..', 'corpus')]);
}

let lexicon: Lexicon | undefined;

/** The lexicon, loaded once per process. */
export function loadLexicon(): Lexicon {
  if (!lexicon) lexicon = new Lexicon(JSON.parse(fs.readFileSync(lexiconPath(), 'utf8')) as LexiconData);
  return lexicon;
}
