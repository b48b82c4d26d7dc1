/**
 * src/index/fast-search.ts reads minisearch's protected fields (through a subclass) to search
 * faster than `mini.search` with the same results. minisearch is pinned to the exact version this
 * was written against; these checks fail with a clear message if an upgrade changes those fields.
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import minisearchPackage from "../../node_modules/minisearch/package.json" with { type: "json" };
import projectPackage from "../../package.json" with { type: "json" };

const VERSION = minisearchPackage.version;
const FIELDS =
  "_index, _documentCount, _documentIds, _fieldIds, _fieldLength, _avgFieldLength, _nextId, _options";
const WHY = `src/index/fast-search.ts reads minisearch's protected fields ${FIELDS}; minisearch ${VERSION} changed them: re-check fast-search.ts before upgrading`;

/** A real index over two short German documents. */
function sample() {
  const mini = new MiniSearch<{ id: string; text: string; title: string }>({ fields: ["text", "title"] });
  mini.addAll([
    { id: "a", text: "Der Gipfel beginnt am Freitag", title: "Gipfel" },
    { id: "b", text: "Die Waffenruhe hält", title: "Waffenruhe" },
  ]);
  return mini as unknown as Record<string, unknown>;
}

function field<T>(mini: Record<string, unknown>, name: string): T {
  if (!(name in mini)) throw new Error(`${WHY} (${name} is missing)`);
  return mini[name] as T;
}

describe(`minisearch ${VERSION}, as fast-search.ts reads it`, () => {
  it("is pinned exactly in package.json, to the installed version", () => {
    expect(projectPackage.dependencies.minisearch, WHY).toBe(VERSION);
  });

  it("keeps its terms in a radix tree with get, atPrefix and fuzzyGet, per field and short document id", () => {
    const index = field<Record<string, unknown>>(sample(), "_index");
    for (const method of ["get", "atPrefix", "fuzzyGet"])
      expect(typeof index[method], `${WHY} (_index.${method})`).toBe("function");
    const get = index.get as (term: string) => Map<number, Map<number, number>> | undefined;
    const data = get.call(index, "gipfel");
    expect(data instanceof Map, `${WHY} (_index.get gives field id → short id → term frequency)`).toBe(true);
    const perDocument = [...(data?.values() ?? [])][0];
    expect(perDocument instanceof Map && typeof [...perDocument.values()][0] === "number", WHY).toBe(true);
    const atPrefix = index.atPrefix as (prefix: string) => Iterable<[string, unknown]>;
    expect(
      [...atPrefix.call(index, "waff")].map(([term]) => term),
      WHY,
    ).toEqual(["waffenruhe"]);
    const fuzzyGet = index.fuzzyGet as (term: string, distance: number) => Map<string, [unknown, number]>;
    const fuzzy = fuzzyGet.call(index, "gipfl", 1);
    expect(fuzzy instanceof Map && fuzzy.get("gipfel")?.[1], `${WHY} (_index.fuzzyGet)`).toBe(1);
  });

  it("counts documents and maps short ids to document ids", () => {
    const mini = sample();
    expect(field(mini, "_documentCount"), WHY).toBe(2);
    const ids = field<Map<number, string>>(mini, "_documentIds");
    expect(ids instanceof Map && [...ids.values()], WHY).toEqual(["a", "b"]);
    expect(typeof field(mini, "_nextId"), WHY).toBe("number");
  });

  it("numbers the fields and keeps each document's field lengths and their averages", () => {
    const mini = sample();
    expect(field(mini, "_fieldIds"), WHY).toEqual({ text: 0, title: 1 });
    const lengths = field<Map<number, number[]>>(mini, "_fieldLength");
    expect(lengths instanceof Map && [...lengths.values()], WHY).toEqual([
      [5, 1],
      [3, 1],
    ]);
    expect(field(mini, "_avgFieldLength"), WHY).toEqual([4, 1]);
  });

  it("keeps its options, search defaults merged in (the weights fast-search.ts repeats)", () => {
    const options = field<Record<string, unknown>>(sample(), "_options");
    expect(options.fields, WHY).toEqual(["text", "title"]);
    expect(typeof options.tokenize, WHY).toBe("function");
    expect(typeof options.processTerm, WHY).toBe("function");
    expect(options.searchOptions, WHY).toMatchObject({
      weights: { fuzzy: 0.45, prefix: 0.375 },
      bm25: { k: 1.2, b: 0.7, d: 0.5 },
    });
  });
});
