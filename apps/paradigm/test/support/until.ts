/** Checks `done` every 100 ms until it holds, for at most a minute (a bound on a hang, not a speed requirement). */
export async function until(what: string, done: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await done()); waited += 100) {
    if (waited > 60_000) throw new Error(`still waiting for ${what} after a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
