/**
 * Watches a corpus folder (I/O edge): calls back once a burst of changes to article files has
 * settled. Editors write in several steps (a temporary file renamed over the article, a swap file
 * `.x.md.swp`, a backup `x.md~`, vim's probe `4913`), so only article file names count, and the
 * callback waits until the folder has been quiet for `debounceMs`.
 */
import { type FSWatcher, watch } from "node:fs";
import { isArticleFileName } from "./load.ts";

/** A running watch; `close` stops it and any pending callback. */
export interface FolderWatch {
  close(): void;
}

/** Calls `onSettled` after article files in `dir` changed and `debounceMs` passed without another change. */
export function watchCorpusFolder(
  dir: string,
  onSettled: () => void,
  options: { readonly debounceMs: number; readonly onError: (error: Error) => void },
): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, options.debounceMs);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      // Some platforms give no file name: then any change may concern an article.
      if (name === null || isArticleFileName(String(name))) poke();
    });
    watcher.on("error", options.onError);
  } catch (error) {
    options.onError(error as Error);
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
