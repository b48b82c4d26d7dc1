/**
 * Importer for raw news-agency exports (the shape is described in the README, "Raw exports"):
 *
 *   line 1:  ` date YYYY-MM-DD N <photo caption> Foto: <photo credit>`
 *   then:    an optional teaser paragraph, the body (first paragraph opens with a dateline
 *            `Place - …`), short lines without a final full stop as section headings.
 *
 * Pure: text in, `Article` out, or an ArticleBotError naming the line and the fix.
 */

import { ArticleBotError, at } from "../errors.ts";
import { type Article, captionSection, LEAD_TITLE, type Paragraph, type Section } from "./article.ts";
import { normaliseSource, slugify, squeeze } from "./text.ts";

export interface ImportOptions {
  /** Who published the article; agency exports of this kind come from dpa. */
  readonly source?: string;
  /** Language of the text. */
  readonly language?: string;
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\d+)(?:\s+(.*?))?\s*$/;
const CREDIT_MARK = /\s+Foto:\s*/;
// A heading is a short line that does not end like a sentence; `?` is allowed ("Treffen als Vorstufe?").
const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;
const SENTENCE_END = /[.:;,!…\-–—]$/;
// "Anchorage - ", "Berlin/Kiew - ", "Washington (dpa) - ": a short place name, then a spaced dash.
// A hyphen inside a place name (`Dessau-Roßlau`) is part of it; the dateline's dash stands between spaces.
const DATELINE = /^(\p{Lu}(?:[\p{L}\p{M}.'/()\s]|-(?=\p{L})){0,60}?)\s+[-–—]\s+\S/u;
const MAX_TITLE_CHARS = 110;

interface Block {
  readonly line: number;
  readonly text: string;
}

/** Turns a raw export into an Article; throws ArticleBotError (code IMPORT_SHAPE) when the shape is wrong. */
export function importRawExport(raw: string, file: string, options: ImportOptions = {}): Article {
  const fail = (line: number | undefined, problem: string): never => {
    throw new ArticleBotError("IMPORT_SHAPE", `${at(file, line)}: ${problem}`);
  };
  if (raw.includes("\u0000")) fail(undefined, "this is not a text file (it contains NUL bytes).");
  const lines = normaliseSource(raw).split("\n");
  const headerLine = lines.findIndex((l) => l.trim() !== "");
  if (headerLine < 0)
    return fail(undefined, "the file is empty; expected a raw export starting with ` date YYYY-MM-DD N …`.");

  const header = HEADER.exec(lines[headerLine] ?? "");
  if (!header) {
    return fail(
      headerLine + 1,
      'expected the export header ` date YYYY-MM-DD N <photo caption> Foto: <credit>`, found "' +
        `${(lines[headerLine] ?? "").trim().slice(0, 60)}". Is this a raw agency export?`,
    );
  }
  const [, date = "", count = "0", rest = ""] = header;
  if (!isRealDate(date)) fail(headerLine + 1, `"${date}" is not a calendar date (YYYY-MM-DD).`);
  const photo = parsePhoto(rest, Number(count));

  const blocks: Block[] = [];
  for (let i = headerLine + 1; i < lines.length; i++) {
    const text = squeeze(lines[i] ?? "");
    if (text) blocks.push({ line: i + 1, text });
  }
  if (blocks.length === 0) fail(headerLine + 1, "the export has a header but no text below it.");

  const datelineAt = blocks.findIndex((b) => !isHeading(b.text) && DATELINE.test(b.text));
  const sections: Section[] = [];
  let current: { title: string; kind: Section["kind"]; line: number; paragraphs: Paragraph[] } = {
    title: LEAD_TITLE,
    kind: "lead",
    line: blocks[0]?.line ?? 1,
    paragraphs: [],
  };
  const close = () => {
    if (current.paragraphs.length === 0) {
      if (current.kind === "lead") return;
      fail(current.line, `the heading "${current.title}" has no paragraph under it.`);
    }
    sections.push({
      index: sections.length,
      kind: current.kind,
      title: current.title,
      paragraphs: current.paragraphs,
    });
  };
  blocks.forEach((block, i) => {
    // Before the dateline paragraph only the teaser can stand, so nothing there is a heading.
    if (isHeading(block.text) && (datelineAt < 0 || i > datelineAt)) {
      close();
      if (sections.some((s) => s.title === block.text))
        fail(block.line, `the heading "${block.text}" appears twice.`);
      current = { title: block.text, kind: "body", line: block.line, paragraphs: [] };
    } else {
      current.paragraphs.push({ number: current.paragraphs.length + 1, text: block.text });
    }
  });
  close();
  if (sections.length === 0) fail(headerLine + 2, "the export has headings but no paragraph of text.");
  if (photo) sections.push(captionSection(photo, sections.length));

  const datelineMatch = datelineAt >= 0 ? DATELINE.exec(blocks[datelineAt]?.text ?? "") : null;
  const title = deriveTitle(sections, photo?.caption);
  return {
    id: `${date}-${slugify(title, 6)}`,
    title,
    date,
    source: options.source ?? "dpa",
    language: options.language ?? "de",
    ...(datelineMatch?.[1] ? { dateline: datelineMatch[1].trim() } : {}),
    ...(photo ? { photo } : {}),
    sections,
  };
}

/** True when a line reads as a section heading rather than a paragraph. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (SENTENCE_END.test(text)) return false;
  // A sentence break inside ("Ja. Nein") makes it text, not a heading.
  return !/[.!?]\s+\p{Lu}/u.test(text);
}

function parsePhoto(rest: string, count: number): Article["photo"] {
  const text = rest.trim();
  if (!text) return undefined;
  const parts = text.split(CREDIT_MARK);
  const credit = parts.length > 1 ? (parts.pop() ?? "").trim() : "";
  const caption = squeeze(parts.join(" Foto: "));
  if (!caption) return undefined;
  return { caption, credit, count };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The export has no headline, so we take the first sentence that is short enough to serve as one:
 * the teaser's, else the caption's (without "(Archivfoto)"-style remarks), else the lead's, cut at a word.
 */
function deriveTitle(sections: readonly Section[], caption: string | undefined): string {
  const lead = sections.find((s) => s.kind === "lead");
  const candidates = [lead?.paragraphs[0]?.text, caption, lead?.paragraphs.at(-1)?.text]
    .filter((t): t is string => Boolean(t))
    .map((t) => firstSentence(t));
  const fitting = candidates.find((c) => c.length > 0 && c.length <= MAX_TITLE_CHARS);
  if (fitting) return fitting;
  const longest = candidates[0] ?? sections[0]?.title ?? "Ohne Titel";
  return `${longest.slice(0, MAX_TITLE_CHARS).replace(/\s+\S*$/, "")} …`;
}

function firstSentence(text: string): string {
  const withoutDateline = text.replace(DATELINE, (match) => match.slice(-1));
  const withoutRemarks = withoutDateline.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  const sentence = /^(.+?[.!?])(?=\s|$)/.exec(withoutRemarks)?.[1] ?? withoutRemarks;
  return sentence
    .replace(/[.]$/, "")
    .replace(/^\p{Lu}[\p{L}/]*\s+[-–—]\s+/u, "")
    .trim();
}
