import type { Database } from '@paradigm/persistence';
import type { CommandContext } from '../../src';

/** A command context that records stdout and stderr, and hands out `db` without letting the command close it. */
export function capture(db?: Database): CommandContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: async (text) => {
      out += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    },
    stderr: (text) => {
      err += text;
    },
    openDatabase: async () => {
      if (!db) throw new Error('this test gives the command no database');
      return { ...db, close: async () => undefined };
    },
    out: () => out,
    err: () => err,
  };
}
