/** `LISTEN "channel"`: a channel is an identifier, so it cannot be a statement parameter. */
export function listenStatement(channel: string): string {
  return `LISTEN "${channel.replaceAll('"', '""')}"`;
}
