/**
 * vitest global setup: every test run gets one temporary folder as TMPDIR (tests, and the bot and
 * CLI processes they start, make their temporary corpora and caches under it), removed when the
 * run ends, so no run leaves folders behind in the system's /tmp.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Points TMPDIR at a fresh folder; returns the teardown that removes it. */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "article-bot-tests-"));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
