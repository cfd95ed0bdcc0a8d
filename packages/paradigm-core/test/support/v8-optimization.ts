// A copy of persistence's testing helper of the same name: paradigm-core depends on nothing.
import { setFlagsFromString } from 'node:v8';

/** A function of V8's own test syntax (`%Name(f)`), made when first asked for. */
function native<R>(body: string): (f: unknown) => R {
  let call: ((f: unknown) => R) | undefined;
  return (f) => {
    if (call === undefined) {
      setFlagsFromString('--allow-natives-syntax');
      call = new Function('f', body) as (f: unknown) => R;
    }
    return call(f);
  };
}

/** V8's own test functions, for tests that check a function stays optimized. */
export const v8Natives = {
  /** Lets V8 collect the type feedback an optimization needs (`%PrepareFunctionForOptimization`). */
  prepare: native<void>('%PrepareFunctionForOptimization(f)'),
  /**
   * Optimizes `f` with TurboFan at its next call (`%OptimizeFunctionOnNextCall`), once the compile jobs
   * already on V8's background threads are installed: while one of `f` runs (an on-stack replacement
   * of a hot loop, whose code serves that loop only), V8 ignores the request, and `f` stayed
   * unoptimized in about one run in four.
   */
  optimizeOnNextCall: native<void>('%FinalizeOptimization(); %OptimizeFunctionOnNextCall(f)'),
  /**
   * Waits for the optimizations V8 compiles on its background threads and installs them
   * (`%FinalizeOptimization`): `f` may be queued there already, and on a busy machine not done yet.
   */
  finishOptimizing: native<void>('%FinalizeOptimization()') as () => void,
  /** True while `f` runs TurboFan code (bit 64 of `%GetOptimizationStatus`): it was not thrown away. */
  isTurbofanned: native<boolean>('return (%GetOptimizationStatus(f) & 64) !== 0'),
};
