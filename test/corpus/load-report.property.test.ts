/**
 * Whatever a corpus file holds, loadCorpusReport gives that file exactly one outcome, an article
 * or one problem of one line naming it, and never throws: what a reload relies on to keep the
 * last good version of a file that went bad.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpusReport } from "../../src/corpus/load.ts";

const FRONT_KEYS = ["id", "title", "date", "source", "language", "dateline", "photo", "  caption", "\tcount"];
/** Text shaped like a corpus file, with random fields, values and YAML punctuation. */
const corpusLike = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(...FRONT_KEYS),
        fc.constantFrom(": ", ":", " : ", ': "', ": [", ": *a", ": &a ", ": @"),
        fc.string(),
      ),
      { maxLength: 8 },
    ),
    fc.constantFrom("---\n", "", "--\n"),
    fc.string(),
  )
  .map(
    ([fields, close, body]) =>
      `---\n${fields.map(([k, sep, v]) => `${k}${sep}${v}`).join("\n")}\n${close}\n${body}`,
  );

const anyBytes = fc.oneof(
  corpusLike.map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: "binary" }).map((text) => Buffer.from(text, "latin1")),
);

describe("loadCorpusReport on any file", () => {
  it("gives each file one outcome: an article, or one problem of one line that starts with the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "report-property-"));
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        writeFileSync(join(dir, "x.md"), bytes);
        const report = loadCorpusReport(dir);
        expect(report.articles.length + report.problems.length).toBe(1);
        for (const problem of report.problems) {
          expect(problem.name).toBe("x.md");
          expect(problem.message.startsWith(problem.file)).toBe(true);
          expect(problem.message).not.toContain("\n");
          if (problem.line !== undefined) expect(problem.message).toContain(`x.md:${problem.line}: `);
        }
      }),
      { numRuns: 1_000 },
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
