/**
 * The start-up bundle: src/main.ts and everything it imports from src/ and commands/, compiled by
 * esbuild into one folder of JavaScript, because loading some 80 TypeScript modules through tsx's
 * hooks costs about half a second at every start. The plain-JavaScript packages every start loads
 * (zod, yaml, minisearch) go in too: Node loading their 170 files one by one took about another
 * 120 ms; the rest (discord.js, pino…) stay packages, loaded from node_modules when needed.
 *
 * A bundle is named by a hash of every source file, of where they live, of the versions of the
 * packages in it and of this file, so an edited source, an upgraded package or another way of
 * bundling is never run stale. Each build goes to a folder of its own and is renamed into place,
 * so processes starting together never read half a bundle.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** Folders whose TypeScript goes into the bundle (data files stay where they are, read at run time). */
const SOURCES = ["src", "commands"];
/** Bundles kept, counting the current one: older ones may still run (a bot loads its chunks later). */
const KEEP = 3;
/** A half-built bundle older than this was abandoned (builds take about a second). */
const ABANDONED_MS = 60 * 60 * 1000;
/** Packages bundled with the sources: plain JavaScript, no files of their own read at run time. */
const BUNDLED_PACKAGES = ["minisearch", "yaml", "zod"];

/**
 * The folder of the bundle of `root`'s current sources, built there first if need be; its entry is
 * `main.js`. Throws when esbuild cannot build it (see `bundleProblem`).
 * @param {string} root the project folder
 * @param {string} cacheDir where bundles are kept
 * @returns {Promise<string>}
 */
export async function ensureBundle(root, cacheDir) {
  const dir = join(cacheDir, `bundle-${bundleHash(root)}`);
  if (isBuilt(dir)) {
    // Marked as used, so pruning (newest first) keeps the bundle that runs.
    try {
      const now = new Date();
      utimesSync(dir, now, now);
    } catch {
      // A read-only install: nothing is pruned there either.
    }
    return dir;
  }
  const { build } = await import("esbuild");
  const temporary = `${dir}.${randomUUID()}.tmp`;
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [join(root, "src", "main.ts")],
      outdir: temporary,
      bundle: true,
      // Dynamic imports (discord.js, only with a token) stay chunks of their own, loaded when needed.
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "silent",
      plugins: [otherPackagesExternal, sourceUrls],
      // yaml is CommonJS and requires Node's built-ins, which an ES module can only do through this.
      banner: {
        js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
      },
    });
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    // Another process renamed the same bundle into place first (the error depends on the file
    // system): theirs is as good.
    if (!isBuilt(dir)) throw error;
  }
  prune(cacheDir, dir);
  return dir;
}

/**
 * Whether `dir` holds a whole bundle (a bundle is renamed into place only when complete).
 * @param {string} dir
 */
function isBuilt(dir) {
  try {
    statSync(join(dir, "main.js"));
    return true;
  } catch {
    return false;
  }
}

/**
 * One line for the operator on why no bundle was made: esbuild's first message with its file and
 * line, or the error's message.
 * @param {unknown} error
 * @returns {string}
 */
export function bundleProblem(error) {
  const first = /** @type {{ errors?: import("esbuild").Message[] }} */ (error)?.errors?.[0];
  if (first) {
    const where = first.location ? `${first.location.file}:${first.location.line}: ` : "";
    return `${where}${first.text}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * A hash of the source files' names and contents, of the project's folder, of the bundled packages'
 * and esbuild's versions, of tsconfig.json and of this file.
 * @param {string} root
 */
function bundleHash(root) {
  const files = SOURCES.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .map((entry) => join(entry.parentPath, entry.name)),
  ).sort();
  const hash = createHash("sha256").update(`${root}\n`);
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  for (const name of [...BUNDLED_PACKAGES, "esbuild"])
    hash.update(`${name}@${installedVersion(root, name)}\n`);
  // esbuild reads the compiler options (class fields, decorators…) from it.
  try {
    hash.update(readFileSync(join(root, "tsconfig.json")));
  } catch {
    // A project without one compiles with esbuild's defaults.
  }
  hash.update(readFileSync(new URL(import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The version of a package installed for `root`, or "none" (a project that does not use it).
 * @param {string} root
 * @param {string} name
 */
function installedVersion(root, name) {
  try {
    return String(JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version);
  } catch {
    return "none";
  }
}

/**
 * esbuild plugin: every package but BUNDLED_PACKAGES (and Node's built-ins) stays an import, loaded
 * from node_modules at run time.
 * @type {import("esbuild").Plugin}
 */
const otherPackagesExternal = {
  name: "other-packages-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, kind }) => {
      if (kind === "entry-point") return undefined;
      const parts = path.split("/");
      const name = path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      return BUNDLED_PACKAGES.includes(name ?? "") ? undefined : { path, external: true };
    });
  },
};

/**
 * esbuild plugin: each module's `import.meta.url` becomes its source file's URL, so the paths it
 * builds (data files, the engine-cache fingerprint, the shard entry) point where they do in src/.
 * @type {import("esbuild").Plugin}
 */
const sourceUrls = {
  name: "source-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      // The others would point into the bundle's folder at run time: better no bundle (tsx runs
      // the sources) than a bot that breaks later.
      const other = /\bimport\.meta\.(?!url\b)\w+/.exec(source);
      if (other)
        throw new Error(`${path}: ${other[0]} is not supported in bundled sources; use import.meta.url`);
      return {
        contents: source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(path).href)),
        loader: "ts",
      };
    });
  },
};

/**
 * Removes all but the newest bundles; a failure here costs only disk space.
 * @param {string} cacheDir
 * @param {string} current
 */
function prune(cacheDir, current) {
  try {
    const entries = readdirSync(cacheDir)
      .filter((name) => name.startsWith("bundle-") && join(cacheDir, name) !== current)
      .map((name) => ({ name, path: join(cacheDir, name), time: statSync(join(cacheDir, name)).mtimeMs }));
    // A build that was killed half-way leaves its folder; one still running is younger than this.
    const abandoned = entries.filter((e) => e.name.endsWith(".tmp") && Date.now() - e.time > ABANDONED_MS);
    const others = entries.filter((e) => !e.name.endsWith(".tmp")).sort((a, b) => b.time - a.time);
    for (const old of [...abandoned, ...others.slice(KEEP - 1)])
      rmSync(old.path, { recursive: true, force: true });
  } catch {
    // Nothing to prune, or not ours to remove.
  }
}
