/**
 * The yaml library's parse errors as sentences for someone editing a corpus file by hand, who need
 * not know YAML's terms: what is wrong in everyday words and how to write it instead. The library's
 * own words follow in brackets, for whoever searches for them.
 */
import type { ErrorCode, LineCounter, YAMLError } from "yaml";

const QUOTE_IT = 'put the whole value in double quotes, e.g. title: "Gipfel: Was nun?"';

/** What each kind of YAML error means for a front matter of one `field: value` per line. */
const EXPLANATIONS: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY: `a value contains a colon followed by a space, which YAML reads as a new field; ${QUOTE_IT}`,
  MULTILINE_IMPLICIT_KEY: `a line is indented as if it continued the line above; start every field at the beginning of its line (only the fields under photo: are indented), or ${QUOTE_IT}`,
  MISSING_CHAR: "a quotation mark or bracket is opened but never closed; close it on the same line",
  BAD_INDENT:
    "the indentation is off, or a bracket is never closed; start each field at the beginning of its line, indent only the fields under photo: (by two spaces), and close every [ or {",
  TAB_AS_INDENT: "a line is indented with a tab; YAML allows only spaces: replace the tab by spaces",
  DUPLICATE_KEY: "a field is written twice; keep one of them",
  BAD_SCALAR_START: `a value starts with a character YAML reserves (@, \`, %, | or >); ${QUOTE_IT.replace("Gipfel: Was nun?", "@Redaktion")}`,
  UNEXPECTED_TOKEN: `something follows a value on its line, or a field starts in the wrong column; check the quotation marks on that line (text after a closing quote must go inside it) and start each field at the beginning of its line`,
  BAD_DQ_ESCAPE:
    "a backslash inside double quotes starts an unknown escape; write \\\\ for a backslash, or use single quotes",
  BAD_ALIAS:
    "a `*` starts a value, which YAML reads as a reference to another value; put the value in double quotes",
  ALIAS_PROPS:
    "a `*` starts a value, which YAML reads as a reference to another value; put the value in double quotes",
  MULTIPLE_DOCS:
    "the front matter holds a `---` or `...` line of its own; the front matter ends at the first `---`, so remove the extra one",
  BLOCK_IN_FLOW: "a value inside [ ] or { } runs over several lines; keep it on one line",
  KEY_OVER_1024_CHARS:
    "a line has no `field:` at its start, or a field name is too long; write one `field: value` per line",
};

/** A sentence saying what is wrong with the front matter's YAML and how to fix it, ending in a full stop. */
export function explainYamlError(error: Pick<YAMLError, "code" | "message">): string {
  const words = error.message.split("\n")[0]?.trim() ?? "";
  const explained = EXPLANATIONS[error.code];
  const sentence = explained
    ? `the front matter is not valid YAML: ${explained}`
    : "the front matter is not valid YAML: write one `field: value` per line, and put a value in double quotes when it holds a colon, a # or starts with a quotation mark";
  return `${sentence} (YAML: ${words.replace(/\.$/, "")}).`;
}

/**
 * The 1-based line of the front matter to point at. The library places an unclosed quotation mark
 * where the text ends, so that one is found as the first line with an odd number of them.
 */
export function yamlErrorLine(
  error: Pick<YAMLError, "code" | "pos">,
  yamlText: string,
  counter: LineCounter,
): number {
  if (error.code === "MISSING_CHAR") {
    const lines = yamlText.split("\n");
    const open = lines.findIndex((l) => (l.replace(/\\./g, "").match(/"/g)?.length ?? 0) % 2 === 1);
    if (open >= 0) return open + 1;
  }
  return counter.linePos(error.pos[0]).line;
}
