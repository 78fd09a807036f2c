// vitest: unit tests (test/unit/*.test.ts) and the program suite (test/programs.test.ts).
// Both import the compiled host from dist/ (`npm test` builds first), so nothing here needs
// TypeScript path tricks.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Per test. test/programs.test.ts sets its own per program (and interrupts the VM before
    // it: a timeout alone cannot preempt a synchronous Wasm loop).
    testTimeout: 20_000,
    // createVM instantiates the wasm core; the first one in a worker compiles it.
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
