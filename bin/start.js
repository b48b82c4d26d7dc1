/**
 * `npm start`'s entry: runs src/main.ts from its bundle (see bundle.js), so the console's first
 * answer comes within a second. When no bundle can be made (no esbuild, a read-only install, a
 * syntax error), the sources run under tsx as before, after one line on stderr saying why.
 *
 * `node bin/start.js --bundle-only` (npm's `prepare`, run by `npm ci`) only makes the bundle.
 */
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleProblem, ensureBundle } from "./bundle.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// node_modules/.cache is where tools keep such builds; `npm ci` empties it with the rest.
const CACHE = join(ROOT, "node_modules", ".cache", "article-bot");

if (process.argv.includes("--bundle-only")) {
  try {
    process.stdout.write(`${relative(ROOT, await ensureBundle(ROOT, CACHE))}\n`);
  } catch (error) {
    // `npm ci` must not fail over it: `npm start` tries again, or runs the sources.
    process.stderr.write(
      `article-bot: no bundle made (${bundleProblem(error)}); npm start will run the sources.\n`,
    );
  }
} else {
  let main;
  try {
    main = pathToFileURL(join(await ensureBundle(ROOT, CACHE), "main.js")).href;
  } catch (error) {
    process.stderr.write(
      `article-bot: running the sources under tsx (no bundle: ${bundleProblem(error)}).\n`,
    );
    const { register } = await import("tsx/esm/api");
    register();
    main = pathToFileURL(join(ROOT, "src", "main.ts")).href;
  }
  await import(main);
}
