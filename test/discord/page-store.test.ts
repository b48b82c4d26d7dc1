import { describe, expect, it } from "vitest";
import { createPageStore } from "../../src/discord/page-store.ts";
import type { View } from "../../src/views/view.ts";

const set = (ownerId: string) => ({
  ownerId,
  view: { kind: "help", commands: [] } as unknown as View,
  locale: "en" as const,
  hidden: false,
});

describe("the page store", () => {
  it("keeps a set until it lapses, then forgets it", () => {
    let clock = 0;
    const store = createPageStore(1_000, () => clock);
    store.put("a", set("u1"), () => {});
    expect(store.get("a")?.ownerId).toBe("u1");
    clock = 1_001;
    expect(store.get("a")).toBeUndefined();
    store.clear();
  });

  it("gives up the oldest sets beyond its cap, taking their buttons off as if they had lapsed", () => {
    const expired: string[] = [];
    const store = createPageStore(60_000, Date.now, 3);
    for (const key of ["a", "b", "c", "d", "e"]) store.put(key, set(key), () => expired.push(key));
    expect(expired).toEqual(["a", "b"]);
    expect(store.get("a")).toBeUndefined();
    expect(["c", "d", "e"].map((k) => store.get(k)?.ownerId)).toEqual(["c", "d", "e"]);
    store.clear();
  });

  it("forgets a deleted set without taking buttons off a message that is gone", async () => {
    const expired: string[] = [];
    const store = createPageStore(5);
    store.put("a", set("u1"), () => expired.push("a"));
    store.delete("a");
    expect(store.get("a")).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(expired).toEqual([]);
  });

  it("keeps one expiry for a set put twice under one key", async () => {
    const expired: string[] = [];
    const store = createPageStore(5);
    store.put("a", set("u1"), () => expired.push("first"));
    store.put("a", { ...set("u1"), hidden: true }, () => expired.push("second"));
    expect(store.get("a")?.hidden).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(expired).toEqual(["second"]);
  });
});
