import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/discord/client.ts";

const saved = process.env.SHARDS;
afterEach(() => {
  if (saved === undefined) delete process.env.SHARDS;
  else process.env.SHARDS = saved;
});

describe("the Discord client", () => {
  it.each(["auto", "", "4"])("starts as a single shard whatever our SHARDS setting says (%j)", (value) => {
    process.env.SHARDS = value;
    const client = createClient("http://127.0.0.1:1/api");
    expect(client.options.shards).toEqual([0]);
    expect(client.options.rest?.api).toBe("http://127.0.0.1:1/api");
    void client.destroy();
  });

  it("leaves the shard ids to the ShardingManager in a shard process", () => {
    process.env.SHARDS = "[1]";
    const client = createClient(undefined, true);
    expect(client.options.shards).toEqual([1]);
    void client.destroy();
  });
});
