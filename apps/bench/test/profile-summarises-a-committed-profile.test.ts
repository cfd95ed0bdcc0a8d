import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProcessedProfile } from '../src/profile/processed-profile/processed-profile';
import { summariseProfile } from '../src/profile/summary/summarise-profile';

// A real `node --prof-process` report (Node 20.20) of a script whose hot loop lives in a file under
// packages/paradigm-core/ and whose other loop lives under node_modules/pg/.
const text = readFileSync(join(__dirname, 'fixtures/profile/small.processed.txt'), 'utf8');

describe('summariseProfile on a committed processed profile', () => {
  const summary = summariseProfile(parseProcessedProfile(text, 'small.processed.txt'));

  it('charges each tick to its nearest paradigm-core or persistence caller, module loading to start-up, the rest to other', () => {
    // compute: UNKNOWN<-generateHot 225, RegExp<-generateHot 55, libc<-generateHot 3+1, __write<-generateHot 1, generateHot self 10.
    // persist: UNKNOWN<-persistWork 87, libc<-persistWork 19+2, __write<-persistWork 2, persistWork self 8.
    expect(summary.totalTicks).toBe(563);
    expect(Math.round(summary.shares.compute * 563)).toBe(295);
    expect(Math.round(summary.shares.persist * 563)).toBe(118);
    // start-up: UNKNOWN<-compileForInternalLoader 8, _IO_fwrite<-toRealPath 1.
    expect(Math.round(summary.shares.startup * 563)).toBe(9);
    expect(Math.round(summary.shares.other * 563)).toBe(141);
    expect(Math.round(summary.shares.gc * 563)).toBe(48);
  });

  it('lists the hottest functions with their files', () => {
    expect(summary.hottest.slice(0, 2).map((f) => [f.name, f.location, f.category, f.ticks])).toEqual([
      ['generateHot', '/tmp/proft/packages/paradigm-core/dist/hot.js:1:21', 'compute', 295],
      ['persistWork', '/tmp/proft/node_modules/pg/lib/writer.js:1:21', 'persist', 118],
    ]);
    expect(summary.hottest).toHaveLength(10);
  });

  it('passes the decision gate when a compute function has more than 10% of the ticks', () => {
    expect(summary.decision.justified).toBe(true);
    expect(summary.decision.reason).toBe('hottest compute function generateHot (/tmp/proft/packages/paradigm-core/dist/hot.js:1:21) has 52.4% of all ticks, above the 10.0% gate; compute as a whole 52.4%, persist 21.0%, idle 0.0%, start-up 1.6%');
  });
});
