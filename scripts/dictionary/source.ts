/**
 * The Ding source text committed in the repository (brotli-compressed: gzip -9 would make 8.3 MB
 * of its 25.6 MB, brotli 6.2 MB, and node:zlib reads both), for the build script and the test
 * that checks the committed table against it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";

const ROOT = new URL("../../", import.meta.url);

/** The compressed Ding text, as committed. */
export const SOURCE_FILE = fileURLToPath(new URL("data/sources/ding-de-en.txt.br", ROOT));
/** What the source is and where it came from (written by `npm run dictionary -- --from …`). */
export const SOURCE_INFO_FILE = fileURLToPath(new URL("data/sources/ding-de-en.source.txt", ROOT));
/** The table the build writes. */
export const TABLE_FILE = fileURLToPath(new URL("src/analysis/data/dictionary.en-de.txt", ROOT));

/** The committed Ding text, decompressed. */
export function readCommittedSource(): string {
  return brotliDecompressSync(readFileSync(SOURCE_FILE)).toString("utf8");
}

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}
