import { isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { asHostname, parseHost } from '../config/host-names';
import { HttpError } from '../routes/http-error';

/** The names every workbench answers to, as a `Host` header spells them (an IPv6 address in brackets). */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Addresses that bind every interface: the server's own address says nothing of the names it is reached by. */
const WILDCARDS = new Set(['0.0.0.0', '[::]']);

/**
 * Refuses, with 403, every request (reads too) whose `Host` header names neither this machine's
 * loopback (`localhost`, `127.0.0.1`, `[::1]`) nor the address the server was started on (`host`),
 * with the port the request came in on. A page of another site can point its own name at 127.0.0.1
 * (DNS rebinding) and then read and write the workbench as its own origin; its requests still carry
 * its own name, which this refuses, as Vite's and webpack-dev-server's `allowedHosts` do.
 *
 * Bound to every interface (`0.0.0.0`, `::`, which needs a write token), the server also answers to
 * any IP address: no DNS is asked for an address, so it cannot be rebound. A DNS name for such a
 * server is refused unless it is one of `allowedHosts` (names as `Host` headers spell them), which the
 * one starting the server names: the machine's own name on a network, say.
 */
export function installHostGuard(app: FastifyInstance, host: string, allowedHosts: readonly string[] = []): void {
  const bound = asHostname(host);
  const anyAddress = WILDCARDS.has(bound);
  const names = new Set([...LOOPBACK_NAMES, ...(anyAddress ? [] : [bound]), ...allowedHosts]);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const port = String(request.socket.localPort);
    const given = request.headers.host;
    const parsed = given === undefined ? undefined : parseHost(given);
    if (parsed !== undefined && parsed.port === port && (names.has(parsed.hostname) || (anyAddress && isIP(parsed.hostname.replace(/^\[|\]$/g, '')) !== 0))) return;
    const allowed = [...names].map((name) => `${name}:${port}`).join(', ') + (anyAddress ? `, or any IP address of this machine with port ${port}` : '');
    const named = given === undefined ? 'no Host header' : `the Host "${given}"`;
    throw new HttpError(
      403,
      `refused: ${named} is not this server's; it answers to ${allowed}. ` +
        'Open the workbench at one of those (a page of another site that reaches it under its own name is refused: DNS rebinding).',
    );
  });
}
