import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleProblem, ensureBundle } from "../../bin/bundle.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with a src/main.ts that reads a data file beside one of its modules. */
function project(files: Record<string, string> = {}): { root: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "article-bot-bundle-"));
  made.push(root);
  const all: Record<string, string> = {
    "src/main.ts":
      'import { greeting } from "./lib/data.ts";\nimport { name } from "../commands/name.ts";\nconsole.log([greeting(), name].join(" "));\n',
    "src/lib/data.ts":
      'import { readFileSync } from "node:fs";\nexport const greeting = (): string => readFileSync(new URL("./data/greeting.txt", import.meta.url), "utf8").trim();\n',
    "src/lib/data/greeting.txt": "Moin\n",
    "commands/name.ts": 'export const name: string = "Welt";\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, cache: join(root, "cache") };
}

const run = (dir: string) =>
  execFileSync(process.execPath, [join(dir, "main.js")], { encoding: "utf8" }).trim();

describe("the start-up bundle", () => {
  it("runs the sources as they are, reading data files where they lie in src/", async () => {
    const { root, cache } = project();
    expect(run(await ensureBundle(root, cache))).toBe("Moin Welt");
  });

  it("is built once per version of the sources and reused after", async () => {
    const { root, cache } = project();
    const first = await ensureBundle(root, cache);
    const built = statSync(join(first, "main.js")).mtimeMs;
    expect(await ensureBundle(root, cache)).toBe(first);
    expect(statSync(join(first, "main.js")).mtimeMs).toBe(built);
  });

  it("is rebuilt when a source changes, in src/ or commands/, never run stale", async () => {
    const { root, cache } = project();
    const first = await ensureBundle(root, cache);
    writeFileSync(join(root, "commands/name.ts"), 'export const name: string = "Alaska";\n');
    const second = await ensureBundle(root, cache);
    expect(second).not.toBe(first);
    expect(run(second)).toBe("Moin Alaska");
  });

  it("carries the packages start-up loads, and is rebuilt when one of them is upgraded", async () => {
    // A stand-in for yaml: CommonJS that requires one of Node's built-ins.
    const yaml = (version: string) => ({
      "node_modules/yaml/package.json": JSON.stringify({ name: "yaml", version, main: "index.js" }),
      "node_modules/yaml/index.js": `const process = require("process");\nexports.version = "${version}" + (process ? "" : "?");\n`,
    });
    const { root, cache } = project({
      ...yaml("1.0.0"),
      // An import of its own makes the bundle an ES module, which has no `require` but the one it makes.
      "src/main.ts":
        'import { basename } from "node:path";\nimport { version } from "yaml";\nconsole.log(basename(version));\n',
    });
    const first = await ensureBundle(root, cache);
    // Bundled: the bundle runs without the package.
    rmSync(join(root, "node_modules"), { recursive: true });
    expect(run(first)).toBe("1.0.0");
    for (const [path, text] of Object.entries(yaml("1.0.1"))) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const second = await ensureBundle(root, cache);
    expect(second).not.toBe(first);
    expect(run(second)).toBe("1.0.1");
  });

  it("gives starts at the same time one whole bundle (they race to rename it into place)", async () => {
    const { root, cache } = project();
    const dirs = await Promise.all([1, 2, 3, 4].map(() => ensureBundle(root, cache)));
    expect(new Set(dirs).size).toBe(1);
    expect(run(dirs[0] ?? "")).toBe("Moin Welt");
    expect(readdirSync(cache).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps only the newest bundles, counting a bundle that is started again as new", async () => {
    const { root, cache } = project();
    const dirs: Record<string, string> = {};
    const build = async (name: string) => {
      writeFileSync(join(root, "commands/name.ts"), `export const name: string = "${name}";\n`);
      dirs[name] = await ensureBundle(root, cache);
      // Folder times have a coarse resolution on some file systems: keep the order unambiguous.
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    for (const name of ["A", "B", "C"]) await build(name);
    await build("A");
    await build("D");
    const kept = readdirSync(cache).map((name) => join(cache, name));
    expect(kept.sort()).toEqual([dirs.A, dirs.C, dirs.D].sort());
  });

  it("removes a half-built bundle a killed build left behind, not one being built", async () => {
    const { root, cache } = project();
    const abandoned = join(cache, "bundle-0123456789abcdef.dead.tmp");
    const building = join(cache, "bundle-fedcba9876543210.live.tmp");
    mkdirSync(abandoned, { recursive: true });
    mkdirSync(building, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
    await ensureBundle(root, cache);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(building)).toBe(true);
  });

  it("refuses import.meta.dirname and the like, which would point into the bundle's folder", async () => {
    const { root, cache } = project({ "src/where.ts": "export const here = import.meta.dirname;\n" });
    writeFileSync(join(root, "src/main.ts"), 'import { here } from "./where.ts";\nconsole.log(here);\n');
    const error = await ensureBundle(root, cache).catch((e: unknown) => e);
    expect(bundleProblem(error)).toMatch(/where\.ts.*import\.meta\.dirname is not supported/);
  });

  it("names the file and line of a syntax error, and leaves nothing half-built", async () => {
    const { root, cache } = project({ "commands/name.ts": "export const name = ;\n" });
    const error = await ensureBundle(root, cache).catch((e: unknown) => e);
    expect(bundleProblem(error)).toMatch(/^commands\/name\.ts:1: Unexpected ";"/);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });

  it("says what went wrong when the project has no sources", async () => {
    const root = mkdtempSync(join(tmpdir(), "article-bot-bundle-"));
    made.push(root);
    const error = await ensureBundle(root, join(root, "cache")).catch((e: unknown) => e);
    expect(bundleProblem(error)).toMatch(/ENOENT.*src/);
  });
});
