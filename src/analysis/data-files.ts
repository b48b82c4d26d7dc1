/** Reads the analysis data files that ship with the code (I/O edge for the analysis layer). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA_DIR = new URL("./data/", import.meta.url);

/** Path of a bundled data file, for messages that point an operator at it. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(name, DATA_DIR));
}

/** Contents of a bundled data file. */
export function readDataFile(name: string): string {
  return readFileSync(new URL(name, DATA_DIR), "utf8");
}

/** Non-comment lines of a line-based data file, with their 1-based line numbers. */
export function dataLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/#.*$/, "").trim() }))
    .filter((l) => l.text !== "");
}
