import type { HeavyNode, ProcessedProfile } from '../processed-profile/processed-profile';
import { categorise, isLoaderFrame, parseFrame, type Category } from './frame';

/** One function's share of the profile. */
export interface HotFunction {
  readonly name: string;
  readonly location?: string;
  readonly category: Category;
  readonly ticks: number;
  /** ticks / total ticks. */
  readonly share: number;
}

/** The runbook's decision gate. */
export interface WasmDecision {
  readonly justified: boolean;
  readonly threshold: number;
  readonly reason: string;
}

/** `benchmarks/phase4/profile-summary.json`. */
export interface ProfileSummary {
  readonly totalTicks: number;
  /** compute + persist + idle + startup + other = 1: every tick counted once (see {@link summariseProfile}). */
  readonly shares: { readonly compute: number; readonly persist: number; readonly idle: number; readonly startup: number; readonly other: number; readonly gc: number };
  readonly gcNote: string;
  readonly hottest: readonly HotFunction[];
  readonly decision: WasmDecision;
}

/** The runbook's gate: a compute function above this share of all ticks justifies a WASM prototype. */
export const WASM_THRESHOLD = 0.1;

/**
 * Summarises a processed profile. Ticks where the event loop waited for I/O are `idle`. Each other tick is charged to the nearest frame, walking from where it
 * landed up through its callers, that belongs to paradigm-core (compute) or to the persistence stack
 * (persist); ticks in builtins, regexps, the C++ runtime or `UNKNOWN` thus count for the code that
 * called them. Ticks with no such frame among the callers `--prof-process` prints go to `startup` if a
 * frame of Node's module loader is on the way (loading and compiling modules), else to `other`, under
 * the nearest JavaScript function (or the frame itself).
 *
 * GC is V8's own count of ticks spent collecting garbage; those ticks are also charged to the code that
 * was running, so `gc` overlaps the other three rather than adding to them.
 */
export function summariseProfile(profile: ProcessedProfile, top = 10): ProfileSummary {
  const byFunction = new Map<string, { name: string; location?: string; category: Category; ticks: number }>();
  const totals: Record<Category, number> = { compute: 0, persist: 0, idle: 0, startup: 0, other: 0 };
  const charge = (category: Category, frameText: string, ticks: number) => {
    if (ticks <= 0) return;
    totals[category] += ticks;
    const frame = parseFrame(frameText);
    const key = `${frame.name} ${frame.location ?? ''}`;
    const entry = byFunction.get(key) ?? { name: frame.name, location: frame.location, category, ticks: 0 };
    entry.ticks += ticks;
    byFunction.set(key, entry);
  };
  const visit = (node: HeavyNode, nearestJs: string | undefined, loading: boolean) => {
    const frame = parseFrame(node.name);
    const category = categorise(frame);
    if (category !== 'other') return charge(category, node.name, node.ticks);
    const js = nearestJs ?? (frame.isJavaScript ? node.name : undefined);
    const inLoader = loading || isLoaderFrame(frame);
    let seen = 0;
    for (const caller of node.callers) {
      visit(caller, js, inLoader);
      seen += caller.ticks;
    }
    charge(inLoader ? 'startup' : 'other', js ?? node.name, node.ticks - seen);
  };
  for (const node of profile.heavy) visit(node, undefined, false);
  const listed = totals.compute + totals.persist + totals.idle + totals.startup + totals.other;
  // Frames under --prof-process's 1% display cut-off are not listed; their ticks are "other".
  totals.other += Math.max(0, profile.totalTicks - listed);
  const total = profile.totalTicks || 1;
  const hottest = [...byFunction.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top).map((f) => ({ ...f, share: f.ticks / total }));
  const hotCompute = [...byFunction.values()].filter((f) => f.category === 'compute').sort((a, b) => b.ticks - a.ticks)[0];
  const hotShare = hotCompute ? hotCompute.ticks / total : 0;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const justified = hotShare > WASM_THRESHOLD;
  return {
    totalTicks: profile.totalTicks,
    shares: { compute: totals.compute / total, persist: totals.persist / total, idle: totals.idle / total, startup: totals.startup / total, other: totals.other / total, gc: profile.gcTicks / total },
    gcNote: 'gc is V8\'s count of ticks spent collecting garbage; they are also counted in compute/persist/other (the code that allocated), so gc overlaps them',
    hottest,
    decision: {
      justified,
      threshold: WASM_THRESHOLD,
      reason: hotCompute
        ? `hottest compute function ${hotCompute.name} (${hotCompute.location ?? '?'}) has ${pct(hotShare)} of all ticks, ${justified ? 'above' : 'not above'} the ${pct(WASM_THRESHOLD)} gate; compute as a whole ${pct(totals.compute / total)}, persist ${pct(totals.persist / total)}, idle ${pct(totals.idle / total)}, start-up ${pct(totals.startup / total)}`
        : `no paradigm-core frame in the profile; compute 0%, persist ${pct(totals.persist / total)}, idle ${pct(totals.idle / total)}, start-up ${pct(totals.startup / total)}`,
    },
  };
}

/** The summary as terminal lines, ending with the decision gate. */
export function formatSummary(s: ProfileSummary): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  return [
    `ticks: ${s.totalTicks}`,
    `compute (paradigm-core)                    ${pct(s.shares.compute)}`,
    `persist (persistence, pg, COPY, PGlite)    ${pct(s.shares.persist)}`,
    `idle (event loop waiting for I/O, the DB)  ${pct(s.shares.idle)}`,
    `start-up (Node loading modules)            ${pct(s.shares.startup)}`,
    `other                                      ${pct(s.shares.other)}`,
    `GC (overlaps the above)                    ${pct(s.shares.gc)}`,
    'hottest functions (ticks charged as above):',
    ...s.hottest.map((f, i) => `${String(i + 1).padStart(3)}. ${pct(f.share)} ${f.category.padEnd(7)} ${f.name} ${f.location ?? ''}`),
    `decision gate (any compute function > ${(s.decision.threshold * 100).toFixed(0)}% of total): WASM prototype ${s.decision.justified ? 'JUSTIFIED' : 'NOT justified'}: ${s.decision.reason}`,
  ];
}
