// vitest: unit tests (test/unit/*.test.ts) and the program suite (test/programs.test.ts).
// Both import the compiled host from dist/ (`npm test` builds first), so nothing here needs
// TypeScript path tricks.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Per test. A program runs synchronously inside vm.run, so this cannot interrupt a
    // runaway loop; it bounds how long a slow one may take. test/programs/limit/ sets its own.
    testTimeout: 20_000,
    // createVM instantiates the wasm core; the first one in a worker compiles it.
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
