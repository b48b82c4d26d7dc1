/**
 * The engine cache file's format: one header line (JSON: format, key, checksum), then the snapshot
 * as JSON. The header lets a stale cache be told apart without parsing the rest; the checksum
 * catches a truncated or damaged file that would still parse. Pure: text in, text out.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { EngineSnapshot } from "./engine.ts";

/** Bumped when the layout of the snapshot changes. */
export const CACHE_FORMAT = 4;

const headerSchema = z.object({
  format: z.number(),
  key: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

// minisearch's toJSON. The postings (the bulk) are checked by the checksum and by minisearch's
// loadJS and our count check, not field by field: that would cost more than the build saves.
const postings = z.custom<{ [docId: string]: number }>(
  (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  "must be an object of term frequencies",
);
const miniSearchJson = z.object({
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  documentIds: z.record(z.string(), z.string()),
  fieldIds: z.record(z.string(), z.number().int()),
  fieldLength: z.record(z.string(), z.array(z.number())),
  averageFieldLength: z.array(z.number()),
  storedFields: z.record(z.string(), z.unknown()),
  dirtCount: z.number().int().optional(),
  index: z.array(z.tuple([z.string(), z.record(z.string(), postings)])),
  serializationVersion: z.literal(2),
});

const quoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  speaker: z.string().nullable(),
  text: z.string(),
  kind: z.enum(["direct", "indirect"]),
  sectionIndex: z.number().int(),
  sectionTitle: z.string(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  context: z.string(),
});

const speakerSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  name: z.string(),
  kind: z.enum(["person", "spokesperson", "institution"]),
  gender: z.enum(["m", "f", "n"]).optional(),
  roles: z.array(z.string()),
  forms: z.array(z.string()),
  english: z.array(z.string()),
});

// The analysis tables: tens of thousands of words. Like the postings, their elements are left
// to the checksum: checking each costs 10 ms (a loop) to 100 ms (zod) of a start-up that restoring
// brings to a few hundred, and the file is only ever written by this code under a key of this code.
const list = <T>() => z.custom<readonly T[]>((v) => Array.isArray(v), "must be an array");
const wordGroups = z.object({
  groups: list<readonly string[]>(),
  byKey: list<readonly [string, readonly number[]]>(),
});
const analysisSchema = z.object({
  glossary: z.object({
    entries: list<readonly [readonly string[], readonly string[]]>(),
    longestPhrase: z.number().int().positive(),
    siblings: wordGroups,
  }),
  thesaurus: z.object({ groups: wordGroups }),
  stopWords: z.object({ de: list<string>(), en: list<string>() }),
  strongVerbs: list<readonly [string, string]>(),
  dictionary: z.object({ words: list<string>(), stems: list<string>() }),
  bilingual: z.object({
    buckets: list<readonly [string, string]>(),
    longestPhrase: z.number().int().positive(),
  }),
});

const snapshotSchema = z.object({
  passages: z.object({ words: z.array(z.string()), index: miniSearchJson }),
  quotes: z.object({ quotes: z.array(quoteSchema), speakers: z.array(speakerSchema), index: miniSearchJson }),
  analysis: analysisSchema,
});

/** The cache file's text for a snapshot made under `key`. */
export function formatSnapshotFile(key: string, snapshot: EngineSnapshot): string {
  const body = JSON.stringify(snapshot);
  const header = { format: CACHE_FORMAT, key, sha256: sha256(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/**
 * The same file as bytes, its header line and then the body in pieces: each part of the snapshot is
 * made, serialized and encoded in turn, so only one part's objects and text are alive at a time (at
 * 1,000 articles the body is some 30 MB, twice that as a string, and the parts' objects as much
 * again). The body's text is exactly `JSON.stringify` of the whole snapshot.
 */
export function snapshotFileBytes(
  key: string,
  parts: { readonly [K in keyof EngineSnapshot]: () => EngineSnapshot[K] },
): Buffer[] {
  const body: Buffer[] = [];
  const hash = createHash("sha256");
  const add = (text: string) => {
    const bytes = Buffer.from(text);
    hash.update(bytes);
    body.push(bytes);
  };
  Object.entries(parts).forEach(([name, make], i) => {
    add(`${i === 0 ? "{" : ","}${JSON.stringify(name)}:`);
    add(JSON.stringify(make()));
  });
  add("}");
  const header = { format: CACHE_FORMAT, key, sha256: hash.digest("hex") };
  return [Buffer.from(`${JSON.stringify(header)}\n`), ...body];
}

/** A cache file read back: the snapshot when it fits, else what is wrong with it. */
export type ParsedSnapshotFile =
  | { readonly ok: true; readonly snapshot: EngineSnapshot }
  | { readonly ok: false; readonly stale: boolean; readonly problem: string };

/** The snapshot in a cache file's text if it was made under `key` and is intact; else why not. */
export function parseSnapshotFile(text: string, key: string): ParsedSnapshotFile {
  const newline = text.indexOf("\n");
  const header = headerSchema.safeParse(parseJson(newline < 0 ? text : text.slice(0, newline)));
  if (!header.success) return corrupt("its first line is not a cache header");
  if (header.data.format !== CACHE_FORMAT)
    return {
      ok: false,
      stale: true,
      problem: `it has format ${header.data.format}, this version reads ${CACHE_FORMAT}`,
    };
  if (header.data.key !== key)
    return {
      ok: false,
      stale: true,
      problem: "it is stale: the corpus, the code or its data files changed since it was written",
    };
  const body = text.slice(newline + 1);
  if (newline < 0 || sha256(body) !== header.data.sha256)
    return corrupt("it is truncated or damaged (checksum)");
  const parsed = snapshotSchema.safeParse(parseJson(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return corrupt(`${issue?.path.join(".") || "its content"} ${issue?.message ?? "is malformed"}`);
  }
  return { ok: true, snapshot: parsed.data };
}

function corrupt(problem: string): ParsedSnapshotFile {
  return { ok: false, stale: false, problem };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Hex SHA-256 of a text. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
