import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share their worker's modules: each file importing the whole bot anew cost more
    // than half of the suite's time. Every file makes its own database and bot, and nothing in
    // src keeps state between them.
    isolate: false,
  },
});
