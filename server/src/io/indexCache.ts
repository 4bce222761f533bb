/**
 * The persisted corpus index: one file per set of corpus folders, in a cache
 * folder the user may delete at any time. Each article is stored in the
 * index's compact form with the file's size and modification time (to reuse
 * it without reading the file) and its content hash (to reuse it when only
 * the time changed). A different analyzer or lexicon fingerprint discards
 * the file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SerializedArticle } from '../core/index/storedArticle';
import { contentHash } from '../core/text/hash';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface PersistedArticle extends FileStamp {
  path: string;
  article: SerializedArticle;
}

export interface PersistedIndex {
  strings: readonly string[];
  articles: Map<string, PersistedArticle>;
}

interface CacheFile {
  fingerprint: string;
  strings: string[];
  articles: PersistedArticle[];
}

/** The default cache folder: $XDG_CACHE_HOME/corroborate or ~/.cache/corroborate. */
export function defaultCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'corroborate');
}

export class IndexCache {
  readonly file: string;

  constructor(
    dir: string,
    folders: readonly string[],
    private readonly fingerprint: string,
  ) {
    const key = contentHash([...folders].map((f) => path.resolve(f)).sort().join('\n'));
    this.file = path.join(dir, `corpus-index-${key}.json`);
  }

  /** What the cache holds, or nothing when there is no usable cache. */
  load(): PersistedIndex {
    const empty: PersistedIndex = { strings: [], articles: new Map() };
    let data: CacheFile;
    try {
      data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
    } catch {
      return empty;
    }
    if (data.fingerprint !== this.fingerprint || !Array.isArray(data.articles) || !Array.isArray(data.strings)) return empty;
    return { strings: data.strings, articles: new Map(data.articles.map((a) => [a.path, a])) };
  }

  save(strings: readonly string[], articles: Iterable<PersistedArticle>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    // Written piece by piece: one JSON string of a large index would need its whole size again in memory.
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, `{"fingerprint":${JSON.stringify(this.fingerprint)},"strings":${JSON.stringify(strings)},"articles":[`);
      let first = true;
      for (const a of articles) {
        fs.writeSync(fd, (first ? '' : ',') + JSON.stringify(a));
        first = false;
      }
      fs.writeSync(fd, ']}');
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
  }
}
