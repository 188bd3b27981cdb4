import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // per test, generous: CLI tests start node processes, which a busy 2-core machine can slow several-fold
    testTimeout: 120_000,
  },
});
