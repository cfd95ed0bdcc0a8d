import { median, round } from '../shared/statistics';

/** One task's timing over the rounds: what it produced (forms, lines) and its median and fastest run. */
export interface TaskTiming {
  readonly produced: number;
  readonly medianMs: number;
  readonly minMs: number;
}

/**
 * Runs every task `warmup` times untimed (JIT, file cache), then `rounds` rounds of one run of each in
 * turn, so machine noise hits all alike; per task, the count its last run returned and the median and
 * fastest wall time (ms, two decimals).
 */
export function timeAlternating<Name extends string>(tasks: Record<Name, () => number>, rounds: number, warmup: Partial<Record<Name, number>>): Record<Name, TaskTiming> {
  const names = Object.keys(tasks) as Name[];
  for (const name of names) for (let i = 0; i < (warmup[name] ?? 1); i++) tasks[name]();
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  const produced = new Map<Name, number>();
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const start = process.hrtime.bigint();
      produced.set(name, tasks[name]());
      samples.get(name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(names.map((name) => [name, { produced: produced.get(name)!, medianMs: round(median(samples.get(name)!), 2), minMs: round(Math.min(...samples.get(name)!), 2) }])) as Record<Name, TaskTiming>;
}

/** Forms per second at a timing's median. */
export function formsPerSecond(t: TaskTiming): number {
  return Math.round((t.produced / t.medianMs) * 1000);
}
