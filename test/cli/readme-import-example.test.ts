/**
 * The README's import example works from the repository alone: its commands, exactly as written,
 * import the invented export in examples/ and answer from it (run in a throw-away folder, so the
 * example's `--out` lands there and not in the checkout).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;

/** The `npm run cli -- …` lines of the README's code block under `heading`, as argument lists. */
function exampleCommands(heading: string): string[][] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf(heading));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => line.startsWith("npm run cli -- "))
    .map((line) => shellWords(line.slice("npm run cli -- ".length).replace(/\s+#.*$/, "")));
}

/** Words of a shell line with double-quoted arguments, as sh would split them. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("the README's import example", () => {
  it("imports examples/raw-export.txt and answers from it, exactly as written", () => {
    const commands = exampleCommands("### Importing a raw agency export");
    expect(commands.map((c) => c[0])).toEqual(["import", "ask"]);
    const cwd = mkdtempSync(join(tmpdir(), "readme-example-"));
    symlinkSync(join(ROOT, "examples"), join(cwd, "examples"));
    const [imported, asked] = commands.map((args) =>
      spawnSync(process.execPath, ["--import", TSX, join(ROOT, "src/cli/main.ts"), ...args], {
        cwd,
        encoding: "utf8",
      }),
    );
    expect(imported?.stderr).toBe("");
    expect(imported?.status).toBe(0);
    const out = commands[0]?.[commands[0].indexOf("--out") + 1] ?? "";
    expect(readdirSync(join(cwd, out))).toEqual([expect.stringMatching(/^2025-03-14-.*\.md$/)]);
    expect(asked?.status).toBe(0);
    // The English "Sundays" found the article's German word, marked in the best passage.
    expect(asked?.stdout.split("\n\n")[0]).toMatch(/\*sonntags\*/);
  }, 60_000);

  it("is an invented article kept out of the served corpus", () => {
    expect(readdirSync(join(ROOT, "corpus")).some((f) => f.startsWith("2025-03-14-"))).toBe(false);
  });
});
