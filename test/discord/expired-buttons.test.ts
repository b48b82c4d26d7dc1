/** Taking buttons off lapsed answers stays within a bound however fast page sets lapse. */
import { describe, expect, it } from "vitest";
import { createButtonRemover } from "../../src/discord/expired-buttons.ts";
import { createLogger } from "../../src/logger.ts";

const silent = createLogger("silent");

/** A removal that completes when the test says so. */
function heldRemoval() {
  let finish: () => void = () => {};
  let started = false;
  const run = () => {
    started = true;
    return new Promise<void>((resolve) => {
      finish = resolve;
    });
  };
  return { run, started: () => started, finish: () => finish() };
}

describe("removing the buttons of lapsed answers", () => {
  it("runs a removal for each lapse while fewer than the bound are pending", () => {
    const remover = createButtonRemover(silent, 3);
    const removals = [heldRemoval(), heldRemoval(), heldRemoval()];
    for (const [i, r] of removals.entries()) remover(r.run, String(i))();
    expect(removals.map((r) => r.started())).toEqual([true, true, true]);
  });

  it("leaves the buttons on beyond the bound, and removes again once a pending removal is done", async () => {
    const remover = createButtonRemover(silent, 2);
    const [a, b, c, d] = [heldRemoval(), heldRemoval(), heldRemoval(), heldRemoval()];
    remover(a.run, "a")();
    remover(b.run, "b")();
    remover(c.run, "c")();
    expect(c.started()).toBe(false);
    a.finish();
    await new Promise((r) => setImmediate(r));
    remover(d.run, "d")();
    expect(d.started()).toBe(true);
  });

  it("counts a failed removal as done", async () => {
    const remover = createButtonRemover(silent, 1);
    remover(() => Promise.reject(new Error("Unknown Webhook")), "gone")();
    await new Promise((r) => setImmediate(r));
    const next = heldRemoval();
    remover(next.run, "next")();
    expect(next.started()).toBe(true);
  });
});
