/** Reads the quote layer's data tables (./data), split into `[section]` lists (I/O edge). */
import { readFileSync } from "node:fs";
import { dataLines } from "../analysis/data-files.ts";

const DATA_DIR = new URL("./data/", import.meta.url);

/** The non-comment lines of each `[section]` of a bundled data file, with their line numbers. */
export function readSections(name: string): Map<string, { line: number; text: string }[]> {
  return parseSections(readFileSync(new URL(name, DATA_DIR), "utf8"));
}

/** Splits data-file text into its `[section]` lists; lines before the first header are dropped. */
export function parseSections(text: string): Map<string, { line: number; text: string }[]> {
  const sections = new Map<string, { line: number; text: string }[]>();
  let current: { line: number; text: string }[] | undefined;
  for (const entry of dataLines(text)) {
    const header = /^\[([\w-]+)\]$/.exec(entry.text);
    if (header) {
      current = [];
      sections.set(header[1] ?? "", current);
    } else current?.push(entry);
  }
  return sections;
}
