import type { Database } from '@paradigm/persistence';
import type { CliContext } from '../../src';

/** A context that records stdout and stderr and hands out `db` without letting the command close it. */
export function capture(db?: Database): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const utf8 = new TextDecoder();
  return {
    stdout: async (text) => {
      out += typeof text === 'string' ? text : utf8.decode(text, { stream: true });
    },
    stderr: (text) => {
      err += text;
    },
    env: {},
    openDatabase: async () => {
      if (!db) throw new Error('this test gives the command no database');
      return { ...db, close: async () => undefined };
    },
    out: () => out,
    err: () => err,
  };
}
