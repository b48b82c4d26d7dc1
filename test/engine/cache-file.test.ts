/**
 * GIVEN something other than a cache file where the engine cache should be
 * WHEN the engine opens
 * THEN it is not read (no device, FIFO or directory; nothing over the size limit), the engine is
 * built as without a cache, and one line says what was there, within seconds.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCachedEngine } from "../../src/engine/cache.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");

/** The one line opening the engine says, with `prepare` having put something at the cache's path. */
function noteWith(prepare: (file: string) => void): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "article-bot-cache-file-")), "engine.json");
  prepare(file);
  const notes: string[] = [];
  const engine = openCachedEngine([seed], { file, note: (line) => notes.push(line), tables: () => TABLES });
  expect(engine.articles).toHaveLength(1);
  return notes;
}

describe("GIVEN a hostile engine cache path", () => {
  it("a FIFO is not waited on", () => {
    const notes = noteWith((file) => execFileSync("mkfifo", [file]));
    expect(notes[0]).toMatch(
      /engine\.json: it is a FIFO \(named pipe\), not a regular file; built the engine/,
    );
  });

  it("a symbolic link to /dev/zero is not read", () => {
    const notes = noteWith((file) => symlinkSync("/dev/zero", file));
    expect(notes[0]).toMatch(
      /it is a symbolic link to \/dev\/zero, which is a character device, not a regular file/,
    );
  });

  it("a directory is named as one (and cannot be replaced)", () => {
    const notes = noteWith((file) => mkdirSync(file));
    expect(notes[0]).toMatch(/it is a directory, not a regular file; built the engine and could not save it/);
  });

  it("a file over 256 MB is refused by its size, before a byte is read", () => {
    const notes = noteWith((file) => {
      writeFileSync(file, "");
      truncateSync(file, 600 * 1024 * 1024); // sparse: takes no disk space
    });
    expect(notes[0]).toMatch(/it is 600\.0 MB, over the limit of 256\.0 MB; built the engine and saved it/);
  });
});
