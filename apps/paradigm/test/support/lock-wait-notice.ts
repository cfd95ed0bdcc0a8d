/** The lock-wait notice a command printed on its standard error, its duration written `Ns`. */
export function lockWaitNotice(stderr: string): string {
  const end = 'changes nothing.';
  return stderr.slice(stderr.indexOf('paradigm: waiting'), stderr.indexOf(end) + end.length).replace(/for \d+(\.\d)?s\)/, 'for Ns)');
}
