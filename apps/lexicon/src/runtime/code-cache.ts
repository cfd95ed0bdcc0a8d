import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's code cache of the CLI bundle (lexicon-cli.js), written by the build next to it: the bundle's
 * bytecode after a small `expand apertium` and `expand hunspell` ran, so a process compiles neither the
 * bundle (277 KB) nor the functions the expansion calls. Node 20's `require` keeps no code cache of its
 * own. Measured with `valgrind --tool=callgrind` (whole process): `lexicon --help` 0.58 -> 0.54 G
 * instructions, the bytecode compiler's share of `expand` (urd, en_US) about 50 -> 20 M.
 */
export function codeCachePath(bundle: string): string {
  return bundle.replace(/\.js$/, '.cache');
}

/** What {@link loadBundle} loaded: the module's exports, and the script, from which a cache is made. */
export interface LoadedBundle {
  readonly exports: unknown;
  readonly script: Script | null;
}

/**
 * Loads the CommonJS file `bundle` as `require` would (registered in `require.cache`, its own `require`),
 * compiled with its code cache when there is one. A cache V8 rejects (another Node or V8 version, other V8
 * flags, a bundle built since) only costs the compilation it would have saved. With `fresh`, no cache is
 * read (the build does this to write one).
 */
export function loadBundle(bundle: string, fresh = false): LoadedBundle {
  let cachedData: Buffer | undefined;
  if (!fresh) {
    try {
      cachedData = readFileSync(codeCachePath(bundle));
    } catch {
      // No cache (a build that did not write one): compiled as usual.
    }
  }
  if (!fresh && cachedData === undefined) return { exports: require(bundle), script: null };
  // No `importModuleDynamically`: Node 20 does not keep it for a script compiled from a cache, so the
  // bundle may not use `import()` (the CLI loads the database modules with `require`).
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = new Module(bundle, require.main);
  module.filename = bundle;
  require.cache[bundle] = module;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return { exports: module.exports, script };
}
