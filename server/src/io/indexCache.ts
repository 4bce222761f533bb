/**
 * The persisted corpus index: one file per set of corpus folders, in a cache
 * folder the user may delete at any time. Each article's record is stored with
 * the file's size and modification time (to reuse it without reading the
 * file) and its content hash (to reuse it when only the time changed). A
 * different analyzer or lexicon fingerprint discards the file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ArticleRecord } from '../core/index/articleRecord';
import { decodeRecords, encodeRecords, type EncodedIndex } from '../core/index/recordCodec';
import { contentHash } from '../core/text/hash';

export interface CachedArticle {
  path: string;
  size: number;
  mtimeMs: number;
  record: ArticleRecord;
}

interface CacheFile {
  fingerprint: string;
  files: { path: string; size: number; mtimeMs: number }[];
  index: EncodedIndex;
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

  /** The cached articles by path, or an empty map when there is no usable cache. */
  load(): Map<string, CachedArticle> {
    const out = new Map<string, CachedArticle>();
    let data: CacheFile;
    try {
      data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
    } catch {
      return out;
    }
    if (data.fingerprint !== this.fingerprint || !Array.isArray(data.files)) return out;
    let records: ArticleRecord[];
    try {
      records = decodeRecords(data.index);
    } catch {
      return out;
    }
    data.files.forEach((f, i) => {
      const record = records[i];
      if (record) out.set(f.path, { ...f, record });
    });
    return out;
  }

  save(articles: Iterable<CachedArticle>): void {
    const list = [...articles];
    const data: CacheFile = {
      fingerprint: this.fingerprint,
      files: list.map(({ path: p, size, mtimeMs }) => ({ path: p, size, mtimeMs })),
      index: encodeRecords(list.map((a) => a.record)),
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(data));
    fs.renameSync(temp, this.file);
  }
}
