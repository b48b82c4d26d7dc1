import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  readCommittedSource,
  SOURCE_INFO_FILE,
  sha256,
  TABLE_FILE,
} from "../../scripts/dictionary/source.ts";
import { convertDing } from "../../src/analysis/dictionary-convert.ts";

describe("the committed dictionary table", () => {
  it("is exactly what `npm run dictionary` makes of the committed Ding source", () => {
    const source = readCommittedSource();
    const recorded = /SHA-256 of the uncompressed text: ([0-9a-f]{64})/.exec(
      readFileSync(SOURCE_INFO_FILE, "utf8"),
    )?.[1];
    expect(sha256(source)).toBe(recorded);
    const table = readFileSync(TABLE_FILE, "utf8");
    // Compared as booleans: a diff of two 15 MB strings would drown the report.
    const expected = convertDing(source);
    expect(table.length).toBe(expected.length);
    expect(table === expected, "run `npm run dictionary` and commit the table").toBe(true);
  }, 30_000);
});
