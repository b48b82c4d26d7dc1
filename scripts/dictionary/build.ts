/**
 * Writes the English→German dictionary table from Ding: `npm run dictionary`.
 *
 *   npm run dictionary                                  # table from the committed source
 *   npm run dictionary -- --from /usr/share/trans/de-en # refresh the committed source first
 *
 * `--from` takes a Ding `de-en` text (Debian: `apt-get install trans-de-en`; upstream:
 * https://ftp.tu-chemnitz.de/pub/Local/urz/ding/), compresses it into data/sources/ (brotli,
 * about a minute) and records its version and checksum beside it. The conversion itself is
 * `convertDing` in src/analysis/dictionary-convert.ts.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";
import { convertDing } from "../../src/analysis/dictionary-convert.ts";
import { readCommittedSource, SOURCE_FILE, SOURCE_INFO_FILE, sha256, TABLE_FILE } from "./source.ts";

const { values } = parseArgs({ options: { from: { type: "string" } } });

if (values.from) {
  const raw = readFileSync(values.from);
  const text = raw.toString("utf8");
  const version = /^# Version :: (.*)$/m.exec(text)?.[1]?.trim() ?? "unknown";
  const compressed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  writeFileSync(SOURCE_FILE, compressed);
  writeFileSync(
    SOURCE_INFO_FILE,
    [
      "Ding German–English dictionary (de-en), the source of src/analysis/data/dictionary.en-de.txt",
      `Version: ${version}`,
      "Upstream: https://dict.tu-chemnitz.de/ (files: https://ftp.tu-chemnitz.de/pub/Local/urz/ding/)",
      "Copyright: (c) Frank Richter <frank.richter@hrz.tu-chemnitz.de>, 1995 - 2023",
      "License: GPL-2.0-or-later (GNU General Public License, version 2 or any later version)",
      `Taken from: ${values.from}${debianPackage(values.from)}`,
      `SHA-256 of the uncompressed text: ${sha256(raw)}`,
      `Bytes: ${raw.length} uncompressed, ${compressed.length} brotli-compressed (ding-de-en.txt.br)`,
      "",
    ].join("\n"),
  );
  console.log(`source: ${version}, ${raw.length} bytes → ${compressed.length} bytes (${SOURCE_FILE})`);
}

const started = performance.now();
const table = convertDing(readCommittedSource());
writeFileSync(TABLE_FILE, table);
const entries = table.split("\n").filter((l) => l !== "" && !l.startsWith("#")).length;
console.log(
  `table: ${entries} headwords, ${Buffer.byteLength(table)} bytes, ${Math.round(performance.now() - started)} ms (${TABLE_FILE})`,
);

/** ` (Debian package trans-de-en 1.9-6)` when dpkg knows the file, else nothing. */
function debianPackage(file: string): string {
  try {
    const name = execFileSync("dpkg-query", ["-S", file], { encoding: "utf8" }).split(":")[0]?.trim();
    if (!name) return "";
    const version = execFileSync("dpkg-query", ["-W", `-f=$\{Version}`, name], { encoding: "utf8" });
    return ` (Debian package ${name} ${version})`;
  } catch {
    return "";
  }
}
