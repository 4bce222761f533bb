/**
 * Lists the article files under corpus folders: .md, .markdown and .txt,
 * recursively, skipping hidden folders and node_modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = /\.(md|markdown|txt)$/i;

export interface FolderListing {
  files: string[];
  problems: { path: string; message: string }[];
}

export function listArticleFiles(folders: readonly string[]): FolderListing {
  const files: string[] = [];
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: dir, message: `The corpus folder cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < 32) walk(full, depth + 1);
      } else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.test(e.name)) {
        let real = full;
        try {
          real = fs.realpathSync(full);
        } catch {
          continue;
        }
        if (!seen.has(real)) {
          seen.add(real);
          files.push(full);
        }
      }
    }
  };
  for (const folder of folders) {
    if (!fs.existsSync(folder)) {
      problems.push({ path: folder, message: 'The corpus folder does not exist.' });
      continue;
    }
    if (fs.statSync(folder).isFile()) {
      if (ARTICLE_EXTENSIONS.test(folder)) files.push(folder);
      continue;
    }
    walk(folder, 0);
  }
  return { files, problems };
}
