import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../commands/command';
import { codeCachePath, loadBundle } from '../runtime/code-cache';

/**
 * Run by the build after bundling (`node dist/build/write-code-cache.js`): loads the CLI bundle, expands
 * a small Apertium and a small Hunspell dictionary with it (so that the functions an expansion calls are
 * compiled too), and writes V8's code cache of the bundle next to it (see {@link loadBundle}). The
 * dictionaries take the paths real ones take: the .dix the plain scanner's entry shapes (`<i>` + `<par>`,
 * `<p>` with tags, a restricted entry), the .aff prefixes, suffixes with strips and conditions, a
 * continuation and an output conversion.
 */
const BUNDLE = join(__dirname, '..', 'lexicon-cli.js');

const DIX = `<?xml version="1.0" encoding="UTF-8"?>
<dictionary>
  <sdefs><sdef n="n"/><sdef n="sg"/><sdef n="pl"/><sdef n="nom"/><sdef n="gen"/><sdef n="adv"/></sdefs>
  <pardefs>
    <pardef n="case">
      <e><p><l></l><r><s n="nom"/></r></p></e>
      <e><p><l>'s</l><r><s n="gen"/></r></p></e>
    </pardef>
    <pardef n="house__n">
      <e><p><l></l><r><s n="n"/><s n="sg"/></r></p><par n="case"/></e>
      <e><p><l>s</l><r><s n="n"/><s n="pl"/></r></p><par n="case"/></e>
      <e r="LR"><p><l>en</l><r><s n="n"/><s n="pl"/></r></p></e>
    </pardef>
  </pardefs>
  <section id="main" type="standard">
    <!-- entries -->
    <e lm="house"><i>house</i><par n="house__n"/></e>
    <e lm="box"><i>box</i><par n="house__n"/></e>
    <e lm="ox" r="LR"><i>ox</i><par n="house__n"/></e>
    <e lm="soon"><p><l>soon</l><r>soon<s n="adv"/></r></p></e>
  </section>
</dictionary>
`;

const AFF = `SET UTF-8
OCONV 1
OCONV ' ’
PFX A Y 1
PFX A 0 re .

SFX D Y 3
SFX D 0 d e
SFX D y ied [^aeiou]y
SFX D 0 ed [^ey]

SFX S Y 2
SFX S y ies [^aeiou]y
SFX S 0 s [^y]

SFX M Y 1
SFX M 0 's/S .
`;

const DIC = `4
try/ADS
play/DM
bake/DSM
word
`;

async function writeCodeCache(): Promise<void> {
  // A script compiled from a code cache has no dynamic-import callback in Node 20: an `import()` left in
  // the bundle (esbuild keeps it for an external module) would fail at run time, so the build fails here.
  const dynamicImport = /\bimport\(\s*["'`]/.exec(readFileSync(BUNDLE, 'utf8'));
  if (dynamicImport) throw new Error(`${BUNDLE} calls import() (at offset ${dynamicImport.index}); load the module with require instead`);
  const { exports, script } = loadBundle(BUNDLE, true);
  if (script === null) throw new Error('the bundle was not compiled as a script');
  const cli = exports as typeof import('../lexicon-cli');
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-code-cache-'));
  try {
    writeFileSync(join(dir, 'x.dix'), DIX);
    writeFileSync(join(dir, 'x.aff'), AFF);
    writeFileSync(join(dir, 'x.dic'), DIC);
    let stderr = '';
    const silent: CommandContext = {
      stdout: async () => {},
      stderr: (text) => void (stderr += text),
      openDatabase: () => Promise.reject(new Error('expand opens no database')),
    };
    for (const argv of [['expand', 'apertium', join(dir, 'x.dix')], ['expand', 'hunspell', join(dir, 'x.aff'), join(dir, 'x.dic')]]) {
      const code = await cli.main(argv, silent);
      if (code !== 0) throw new Error(`lexicon ${argv.join(' ')} exited with ${code}: ${stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(codeCachePath(BUNDLE), script.createCachedData());
}

writeCodeCache().catch((error: unknown) => {
  process.stderr.write(`lexicon: writing the code cache failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
