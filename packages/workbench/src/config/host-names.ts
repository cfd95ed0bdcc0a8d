import { isIP } from 'node:net';

/**
 * The host and port a `Host` header names, normalised as a browser's URL is (lower case, IPv6 in
 * brackets, IPv4 in dotted decimal); undefined when it is not a bare `host[:port]`.
 */
export function parseHost(value: string): { hostname: string; port: string } | undefined {
  // A URL would read `a@b` as user `a` at host `b`, and stop a host at `/`, `?` or `#`.
  if (!/^[^@/?#\\\s]+$/.test(value)) return undefined;
  try {
    const url = new URL(`http://${value}`);
    return { hostname: url.hostname, port: url.port || '80' };
  } catch {
    return undefined;
  }
}

/** `host` (an address or name to bind) as a `Host` header's hostname spells it. */
export function asHostname(host: string): string {
  return hostHeaderName(host) ?? host;
}

/** A bare host name or address (no port) as a `Host` header's hostname spells it; undefined for anything else. */
export function hostHeaderName(name: string): string | undefined {
  const address = /^\[(.*)\]$/.exec(name)?.[1] ?? name;
  const ipv6 = isIP(address) === 6;
  // A port given (`name:8080`) is not a bare name; `new URL` drops a port of 80, so look for a colon too.
  if (!ipv6 && name.includes(':')) return undefined;
  return parseHost(ipv6 ? `[${address}]` : name)?.hostname;
}
