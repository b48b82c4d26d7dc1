import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/temp-root.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests build their engines fresh; the cache has tests of its own (test/engine/cache.test.ts).
    env: { ENGINE_CACHE_DIR: "off" },
  },
});
