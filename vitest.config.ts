import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Dates in fixtures are asserted in UTC whatever the machine's zone.
    env: { TZ: 'UTC', NO_COLOR: '1' },
    // Hang guards, not speed bounds (speed is `npm run bench`'s): wide enough for a two-core machine with
    // another process keeping one core busy, where the slowest corpus hooks and CLI tests take twice as long.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
