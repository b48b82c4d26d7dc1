/**
 * The layers point one way: corpus → analysis → index → quotes → engine → views → commands →
 * adapters (discord, console, cli) → main. This test reads every import in src/ and commands/
 * (TypeScript's own pre-processor finds static, re-export and dynamic imports) and fails, naming
 * the file and the import, when one runs from a lower layer to a higher one, or when two folders
 * import each other.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Layers from the bottom up; a file may import its own layer and the ones below it. */
const LAYERS: readonly (readonly string[])[] = [
  // Leaves everything may use: errors a person can act on, logging, configuration.
  ["src/errors.ts", "src/logger.ts", "src/config.ts"],
  ["src/corpus"],
  ["src/analysis"],
  ["src/index"],
  ["src/quotes"],
  ["src/engine"],
  ["src/views"],
  ["commands"],
  ["src/discord", "src/console", "src/cli"],
  ["src/main.ts"],
];

/**
 * Imports that break the rule today, each with the reason it is tolerated. Empty: keep it so.
 * An entry is `<importing file> -> <imported file>`, both relative to the project root.
 */
const KNOWN_EXCEPTIONS: ReadonlySet<string> = new Set<string>([]);

interface Import {
  readonly from: string;
  readonly to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of the project's own code, as project paths. */
function projectImports(): Import[] {
  return [...sourceFiles("src"), ...sourceFiles("commands")].flatMap((from) => {
    const info = ts.preProcessFile(readFileSync(join(ROOT, from), "utf8"), true, true);
    return info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => ({ from, to: relative(ROOT, resolve(ROOT, dirname(from), name)) }));
  });
}

/** The layer a project file belongs to: the longest matching entry of LAYERS. */
function layerOf(file: string): number {
  let best = -1;
  let bestLength = 0;
  LAYERS.forEach((entries, layer) => {
    for (const entry of entries) {
      const matches = file === entry || file.startsWith(`${entry}/`);
      if (matches && entry.length > bestLength) {
        best = layer;
        bestLength = entry.length;
      }
    }
  });
  return best;
}

/**
 * The folder a file counts in for the cycle check: a top folder of src/ with its sub-folders (the
 * analysis chain's query stages are part of the analysis layer); the files directly in src/ (main
 * at the top, errors, logger and config at the bottom) are each a unit of their own.
 */
function folderOf(file: string): string {
  if (dirname(file) === "src") return file;
  const [top = "", folder = ""] = file.split("/");
  return top === "src" ? `src/${folder}` : dirname(file);
}

const imports = projectImports();

describe("the layers", () => {
  it("find the project's imports (the check is not vacuous)", () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual({ from: "src/discord/bot.ts", to: "commands/registry.ts" });
  });

  it("place every file of src/ and commands/ in a layer", () => {
    const files = [...new Set(imports.flatMap((i) => [i.from, i.to]))];
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it("import only downwards: no file imports a layer above its own", () => {
    const upwards = imports
      .filter((i) => layerOf(i.to) > layerOf(i.from))
      .map((i) => `${i.from} -> ${i.to}`)
      .filter((edge) => !KNOWN_EXCEPTIONS.has(edge));
    expect(upwards, "these imports run from a lower layer to a higher one").toEqual([]);
  });

  it("have no two folders that import each other", () => {
    const edges = new Map<string, Import>();
    for (const i of imports) {
      const pair = `${folderOf(i.from)} -> ${folderOf(i.to)}`;
      if (folderOf(i.from) !== folderOf(i.to) && !edges.has(pair)) edges.set(pair, i);
    }
    const mutual = [...edges.entries()]
      .filter(([pair]) => {
        const [a, b] = pair.split(" -> ");
        return a !== undefined && b !== undefined && a < b && edges.has(`${b} -> ${a}`);
      })
      .map(([pair, i]) => {
        const [a, b] = pair.split(" -> ");
        const back = edges.get(`${b} -> ${a}`);
        return `${i.from} -> ${i.to} and back ${back?.from} -> ${back?.to}`;
      })
      .filter((cycle) => ![...KNOWN_EXCEPTIONS].some((e) => cycle.includes(e)));
    expect(mutual, "these folders import each other").toEqual([]);
  });

  it("keep Discord's limits in the Discord adapter", () => {
    const outside = imports.filter(
      (i) => i.to === "src/discord/limits.ts" && !i.from.startsWith("src/discord/"),
    );
    expect(outside).toEqual([]);
  });
});
