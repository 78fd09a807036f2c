// Steady-state in-process measurements with benny (pinned 3.7.1, on benchmark.js).
// One suite per program, one case per engine. Each case calls run() once per
// benchmark.js sample (a run takes far longer than benchmark.js's minTime, so its
// calibrated count stays 1); benny reports per-run seconds, turned into ms here.
// Sampling stops once minSamples are taken and maxTime seconds have passed.
import * as benny from 'benny';

export interface SteadyCase {
  name: string;
  fn: () => void;
}

export interface SteadyResult {
  medianMs: number;
  meanMs: number;
  samples: number;
  /** relative margin of error, % */
  rme: number;
}

export interface SteadyOptions {
  minSamples: number;
  /** seconds */
  maxTime: number;
}

function fmt(ms: number): string {
  return ms.toFixed(ms < 10 ? 2 : 1);
}

export async function measureSteady(
  suiteName: string, cases: SteadyCase[], opts: SteadyOptions,
): Promise<Map<string, SteadyResult>> {
  const out = new Map<string, SteadyResult>();
  if (cases.length === 0) return out;
  const summary = await benny.suite(
    suiteName,
    benny.configure({ cases: { minSamples: opts.minSamples, maxTime: opts.maxTime, delay: 0.02, initCount: 1 } }),
    ...cases.map((c) => benny.add(c.name, () => { c.fn(); })),
    benny.cycle((result) => {
      // print (not log-update's redraw) so every case stays in the log
      console.log(`  ${result.name}: ${fmt(result.details.median * 1000)} ms/run median ` +
        `(±${result.margin.toFixed(1)}%, ${result.samples} samples)`);
      return '';
    }),
    benny.complete(() => undefined),
  );
  for (const r of summary.results) {
    out.set(r.name, {
      medianMs: r.details.median * 1000,
      meanMs: r.details.mean * 1000,
      samples: r.samples,
      rme: r.margin,
    });
  }
  return out;
}
