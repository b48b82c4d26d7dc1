/**
 * The corpus file format: Markdown with YAML front matter, one article per file.
 *
 *   ---                      front matter: id, title, date, source, language, dateline?, photo?
 *   ---
 *   Lead paragraphs …        paragraphs before the first heading form the lead section
 *   ## Heading               a section heading
 *   Paragraph …              paragraphs are separated by blank lines; a paragraph may wrap
 *
 * `formatArticle` writes it, `parseArticle` reads and validates it.
 */
import { isMap, LineCounter, parseDocument, stringify } from "yaml";
import { ArticleBotError, at } from "../errors.ts";
import { type Article, captionSection, LEAD_TITLE, type Paragraph, type Section } from "./article.ts";
import { describeIssue, type FrontMatter, frontMatterSchema } from "./schema.ts";
import { normaliseSource, squeeze } from "./text.ts";
import { explainYamlError, yamlErrorLine } from "./yaml-errors.ts";

/** Serialises an article to the corpus format; `parseArticle(formatArticle(a))` gives `a` back. */
export function formatArticle(article: Article): string {
  const front: FrontMatter = {
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    language: article.language,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.photo ? { photo: { ...article.photo } } : {}),
  };
  const body: string[] = [];
  for (const section of article.sections) {
    if (section.kind === "caption") continue; // lives in the front matter
    if (section.kind === "body") body.push(`## ${section.title}`);
    for (const p of section.paragraphs) body.push(p.text);
  }
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join("\n\n")}\n`;
}

/** How many YAML aliases (`*name`) a front matter may resolve: it needs none, and each can copy a whole tree. */
const MAX_YAML_ALIASES = 20;
/** The default bound on a front matter's size (see CorpusLimits in load.ts). */
export const MAX_FRONT_MATTER_BYTES = 16 * 1024;

/** A corpus file that is not a valid article; the message reads `file:line: what to fix`. */
export class CorpusFileError extends ArticleBotError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super("CORPUS_FILE", `${at(file, line)}: ${problem}`);
  }
}

/** Parses and validates one corpus file; errors (CorpusFileError) name the file, the line and the fix. */
export function parseArticle(
  source: string,
  file: string,
  limits: { readonly maxFrontMatterBytes: number } = { maxFrontMatterBytes: MAX_FRONT_MATTER_BYTES },
): Article {
  const fail = (line: number | undefined, problem: string): never => {
    throw new CorpusFileError(file, line, problem);
  };
  const text = normaliseSource(source);
  if (text.trim() === "")
    fail(
      undefined,
      `the file is empty${text === "" ? "" : " (only white space)"}; write an article into it (see README "Corpus format"), or remove it.`,
    );
  if (text.includes("\u0000")) fail(undefined, "this is not a text file (it contains NUL bytes).");
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") {
    fail(
      1,
      "a corpus file must start with a `---` line opening the YAML front matter (id, title, date, source, language).",
    );
  }
  const end = lines.indexOf("---", 1);
  if (end < 0) fail(1, "the front matter opened on line 1 is never closed; add a line `---` after it.");

  const yamlText = lines.slice(1, end).join("\n");
  const size = Buffer.byteLength(yamlText);
  if (size > limits.maxFrontMatterBytes) {
    fail(
      1,
      `the front matter is ${Math.ceil(size / 1024)} KB, over the limit of ${Math.floor(limits.maxFrontMatterBytes / 1024)} KB; it holds a few short fields (id, title, date, source, language, photo): move text into the body, or raise CORPUS_MAX_FRONT_MATTER_KB.`,
    );
  }
  const front = readFrontMatter(yamlText, (line, problem) => fail((line ?? 0) + 1, problem));
  const sections = readBody(lines, end + 1, fail);
  if (front.photo)
    sections.push(captionSection({ ...front.photo, caption: squeeze(front.photo.caption) }, sections.length));
  return {
    id: front.id,
    title: front.title,
    date: front.date,
    source: front.source,
    language: front.language,
    ...(front.dateline ? { dateline: front.dateline } : {}),
    ...(front.photo ? { photo: front.photo } : {}),
    sections,
  };
}

type Fail = (line: number | undefined, problem: string) => never;

function readFrontMatter(yamlText: string, fail: Fail): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) fail(yamlErrorLine(yamlError, yamlText, counter), explainYamlError(yamlError));
  if (!isMap(doc.contents))
    fail(1, "the front matter must be YAML fields (`id: …`, `title: …`), one per line.");
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The yaml library refuses alias bombs ("billion laughs") with a ReferenceError.
    const alias = yamlText.search(/(^|[\s[{,])\*[^\s,\]}]/);
    fail(
      alias < 0 ? 1 : counter.linePos(alias).line,
      `the front matter's YAML aliases (\`*name\`) expand too far (${(error as Error).message.split("\n")[0]}); write the values out instead of aliasing them.`,
    );
  }
  const parsed = frontMatterSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) return fail(1, "the front matter is invalid.");
  // Point at the offending field when it exists, else at the front matter's first line.
  const node = doc.getIn(issue.path.length > 0 ? issue.path : [], true) as
    | { range?: [number, number, number] }
    | undefined;
  const keyNode = issue.path.length > 0 ? doc.getIn(issue.path.slice(0, -1), true) : undefined;
  const offset = node?.range?.[0] ?? (keyNode as { range?: [number] } | undefined)?.range?.[0];
  return fail(offset === undefined ? 1 : counter.linePos(offset).line, `${describeIssue(issue)}.`);
}

function readBody(lines: readonly string[], start: number, fail: Fail): Section[] {
  const sections: Section[] = [];
  let title = LEAD_TITLE;
  let kind: Section["kind"] = "lead";
  let headingLine = start + 1;
  let paragraphs: Paragraph[] = [];
  let pending: string[] = [];
  const flushParagraph = () => {
    if (pending.length > 0)
      paragraphs.push({ number: paragraphs.length + 1, text: squeeze(pending.join(" ")) });
    pending = [];
  };
  const closeSection = () => {
    flushParagraph();
    if (paragraphs.length > 0) sections.push({ index: sections.length, kind, title, paragraphs });
    else if (kind === "body")
      fail(headingLine, `the heading "${title}" has no paragraph under it; add text or remove the heading.`);
    paragraphs = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // `#` then a space is a heading; `#MeToo …` is text.
    const heading = /^(#{1,6})(?:\s+(.*))?$/.exec(line.trim());
    if (heading) {
      const [, marks = "", name = ""] = heading;
      if (marks !== "##") fail(i + 1, `section headings are written "## Heading" (two #), found "${marks}".`);
      if (!name.trim()) fail(i + 1, "this heading has no text; write `## <heading>` or remove the line.");
      closeSection();
      title = squeeze(name);
      if (sections.some((s) => s.title === title))
        fail(i + 1, `the heading "${title}" appears twice; headings must be unique.`);
      kind = "body";
      headingLine = i + 1;
    } else if (line.trim() === "") {
      flushParagraph();
    } else {
      pending.push(line);
    }
  }
  closeSection();
  if (sections.length === 0)
    fail(start + 1, "the article has no paragraphs; write the text below the front matter.");
  return sections;
}
