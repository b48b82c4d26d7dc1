/**
 * `npm run cli -- check [DIR]`, the corpus check for a deploy step: every problem one line (file,
 * line, what to fix) and exit 1, or a summary and exit 0; the same size limits as `npm start`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, cliWith } from "../support/cli.ts";
import { fixtureArticle, tempCorpus } from "../support/fixtures.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const article = (id: string, front = "date: 2025-01-02\n", body = "Text.\n") =>
  `---\nid: ${id}\ntitle: T\n${front}source: dpa\nlanguage: de\n---\n\n${body}`;

/** A corpus with one good article and one file of each kind of problem the issue names. */
function brokenCorpus(): string {
  const dir = tempCorpus(["seed"], {
    "date.md": article("date", "date: 2025-02-30\n"),
    "empty.md": "",
    "blank.md": "  \n\n",
    "yaml.md": article("yaml", "date: 2025-01-02\ndateline: Anchorage: Alaska\n"),
  });
  writeFileSync(
    join(dir, "latin1.md"),
    Buffer.concat([
      Buffer.from(article("latin1", undefined, "")),
      Buffer.from("Grüße aus München\n", "latin1"),
    ]),
  );
  return dir;
}

describe("cli check", () => {
  it("GIVEN the committed corpus THEN exit 0 and a one-line summary, nothing on stderr", () => {
    const { code, out, err } = cli("check");
    expect(code).toBe(0);
    expect(out).toMatch(/^corpus: 1 article, \d+ paragraphs, no problems\.$/);
    expect(err).toBe("");
  });

  it("GIVEN a bad file of each kind THEN exit 1, one line per problem naming file, line and fix, then a count", () => {
    const dir = brokenCorpus();
    const { code, out, err } = cli("check", dir);
    expect(code).toBe(1);
    expect(out).toBe("");
    const lines = err.split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/blank\.md: the file is empty \(only white space\); write an article into it/),
      expect.stringMatching(
        /date\.md:4: field "date" is 2025-02-30, which is not on the calendar: February 2025 has 28 days/,
      ),
      expect.stringMatching(/empty\.md: the file is empty; write an article into it/),
      expect.stringMatching(
        /latin1\.md:9: this is not UTF-8 text \(perhaps Latin-1 .*\); save the file as UTF-8/,
      ),
      expect.stringMatching(
        /yaml\.md:5: the front matter is not valid YAML: a value contains a colon followed by a space, .*put the whole value in double quotes/,
      ),
      expect.stringMatching(/: 5 problems, 1 good article; fix the lines above and run check again\.$/),
    ]);
  });

  it("prints the report as JSON with --json, problems with their file name and line", () => {
    const dir = brokenCorpus();
    const { code, out } = cli("check", dir, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.ok).toBe(false);
    expect(report.articles.map((a: { id: string }) => a.id)).toEqual([fixtureArticle("seed").id]);
    expect(report.problems.map((p: { name: string; line: number | null }) => [p.name, p.line])).toEqual([
      ["blank.md", null],
      ["date.md", 4],
      ["empty.md", null],
      ["latin1.md", 9],
      ["yaml.md", 5],
    ]);
  });

  it("checks --corpus when no folder is given, and says when the folder is missing", () => {
    expect(cli("check", "--corpus", brokenCorpus()).code).toBe(1);
    const missing = cli("check", join(tmpdir(), "no-such-corpus"));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no-such-corpus: the corpus folder cannot be read/);
  });

  it("takes one folder at most (exit 2)", () => {
    const { code, err } = cli("check", "a", "b");
    expect(code).toBe(2);
    expect(err).toMatch(/^error: "check" takes one argument/);
  });
});

describe("the CLI reads the corpus with npm start's limits", () => {
  const dir = () => tempCorpus(["seed"]);

  it("GIVEN CORPUS_MAX_FILE_KB below the article's size THEN check and ask refuse the file, naming the setting", () => {
    const env = { ...process.env, CORPUS_MAX_FILE_KB: "1" };
    const corpus = dir();
    for (const run of [cliWith(env, "check", corpus), cliWith(env, "ask", "Gebiet", "--corpus", corpus)]) {
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/over the limit of 1 KB; split the article, or raise CORPUS_MAX_FILE_KB/);
    }
    expect(cliWith({ ...env, CORPUS_MAX_FILE_KB: "64" }, "check", corpus).code).toBe(0);
  });

  it("GIVEN CORPUS_MAX_FRONT_MATTER_KB below the front matter THEN sections refuses it", () => {
    const corpus = tempCorpus([], {
      "big.md": article("big", `date: 2025-01-02\ndateline: ${"x".repeat(2000)}\n`),
    });
    const run = cliWith({ ...process.env, CORPUS_MAX_FRONT_MATTER_KB: "1" }, "sections", "--corpus", corpus);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /big\.md:1: the front matter is 3 KB, over the limit of 1 KB.*CORPUS_MAX_FRONT_MATTER_KB/,
    );
  });

  it("GIVEN a limit that is not a number THEN one configuration line naming the variable", () => {
    const run = cliWith({ ...process.env, CORPUS_MAX_FILE_KB: "lots" }, "check", dir());
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/CORPUS_MAX_FILE_KB must be a whole number of kilobytes/);
  });

  it("GIVEN the limit in .env (as npm start reads it) THEN the CLI process reads it too", () => {
    const cwd = mkdtempSync(join(tmpdir(), "cli-dotenv-"));
    writeFileSync(join(cwd, ".env"), "CORPUS_MAX_FILE_KB=1\n");
    const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;
    const { CORPUS_MAX_FILE_KB: _unset, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      ["--import", tsx, join(ROOT, "src/cli/main.ts"), "check", dir()],
      {
        cwd,
        encoding: "utf8",
        env,
      },
    );
    expect(run.stderr).toMatch(/over the limit of 1 KB/);
    expect(run.status).toBe(1);
  }, 30_000);
});
