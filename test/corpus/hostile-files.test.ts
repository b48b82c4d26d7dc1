/**
 * GIVEN a corpus folder holding something other than an article file
 * WHEN it is loaded
 * THEN start-up stops within seconds with the one-line file-fix message every bad file gets,
 * never reading a device, waiting on a FIFO or following a link loop.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { ArticleBotError } from "../../src/errors.ts";
import { tempCorpus } from "../support/fixtures.ts";

/** The message loading `dir` fails with (it must fail with an ArticleBotError). */
function problemOf(dir: string, limits?: Parameters<typeof loadCorpus>[1]): string {
  try {
    loadCorpus(dir, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleBotError);
    return (error as Error).message;
  }
  throw new Error("the corpus loaded");
}

const front = (extra = "") =>
  `---\nid: 2025-01-01-probe\ntitle: Probe\ndate: 2025-01-01\nsource: dpa\nlanguage: de\n${extra}---\n\nText.\n`;

describe("GIVEN hostile files in the corpus folder", () => {
  it("a symbolic link to /dev/zero is named as a link to a device and not read", () => {
    const dir = tempCorpus(["seed"]);
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    expect(problemOf(dir)).toMatch(
      /zero\.md: it is a symbolic link to \/dev\/zero, which is a character device, not a regular file; replace it with an article file, or remove it/,
    );
  });

  it("a FIFO is named as such, without waiting for a writer", () => {
    const dir = tempCorpus(["seed"]);
    execFileSync("mkfifo", [join(dir, "x.md")]);
    expect(problemOf(dir)).toMatch(/x\.md: it is a FIFO \(named pipe\), not a regular file/);
  });

  it("a socket is named as such", async () => {
    const dir = tempCorpus(["seed"]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "s.md"), resolve));
    try {
      expect(problemOf(dir)).toMatch(/s\.md: it is a socket, not a regular file/);
    } finally {
      server.close();
    }
  });

  it("a directory named x.md is named as a directory", () => {
    const dir = tempCorpus(["seed"]);
    mkdirSync(join(dir, "x.md"));
    expect(problemOf(dir)).toMatch(/x\.md: it is a directory, not a regular file/);
  });

  it("a dangling symbolic link says where it points", () => {
    const dir = tempCorpus(["seed"]);
    symlinkSync("/nonexistent/article.md", join(dir, "gone.md"));
    expect(problemOf(dir)).toMatch(
      /gone\.md: it is a symbolic link to \/nonexistent\/article\.md, which does not exist/,
    );
  });

  it("a symbolic link loop is named as one", () => {
    const dir = tempCorpus(["seed"]);
    symlinkSync(join(dir, "b.md"), join(dir, "a.md"));
    symlinkSync(join(dir, "a.md"), join(dir, "b.md"));
    expect(problemOf(dir)).toMatch(/a\.md: it is a symbolic link that loops/);
  });

  it("a symbolic link to an article file is read like the file", () => {
    const dir = tempCorpus([]);
    writeFileSync(join(dir, "real.txt"), front());
    symlinkSync(join(dir, "real.txt"), join(dir, "link.md"));
    expect(loadCorpus(dir).map((a) => a.id)).toEqual(["2025-01-01-probe"]);
  });

  it("a file over the size limit is refused before it is parsed, naming the limit and the setting", () => {
    const dir = tempCorpus([], { "big.md": front() + "Wort ".repeat(60_000) });
    expect(problemOf(dir)).toMatch(
      /big\.md: it is 293 KB, over the limit of 256 KB; split the article, or raise CORPUS_MAX_FILE_KB\./,
    );
    expect(loadCorpus(dir, { maxFileBytes: 400 * 1024, maxFrontMatterBytes: 16 * 1024 })).toHaveLength(1);
  });

  it("a front matter over its limit is refused before YAML reads it", () => {
    const dir = tempCorpus([], { "fm.md": front(`dateline: ${"x".repeat(20_000)}\n`) });
    expect(problemOf(dir)).toMatch(
      /fm\.md:1: the front matter is 20 KB, over the limit of 16 KB; .*CORPUS_MAX_FRONT_MATTER_KB/,
    );
  });

  it("a YAML alias bomb is refused with the line of its first alias", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "",
    ].join("\n");
    const dir = tempCorpus([], { "bomb.md": front(bomb) });
    expect(problemOf(dir)).toMatch(/bomb\.md:8: the front matter's YAML aliases \(`\*name`\) expand too far/);
  });

  it("a file that is not UTF-8 is named with its line", () => {
    const dir = tempCorpus([]);
    writeFileSync(
      join(dir, "latin1.md"),
      Buffer.concat([Buffer.from(front()), Buffer.from("Gr\xfc\xdfe\n", "latin1")]),
    );
    expect(problemOf(dir)).toMatch(
      /latin1\.md:10: this is not UTF-8 text \(perhaps Latin-1 or Windows-1252, .*\); save the file as UTF-8/,
    );
  });

  it("reports every hostile file at once, one line each", () => {
    const dir = tempCorpus(["seed"]);
    symlinkSync("/dev/urandom", join(dir, "random.md"));
    mkdirSync(join(dir, "folder.md"));
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    expect(problemOf(dir).split("\n")).toHaveLength(3);
  });
});
