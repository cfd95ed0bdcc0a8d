import type { Workbench } from '../../src';

/** What {@link callApi} got back. */
export interface ApiResponse {
  readonly status: number;
  readonly contentType: string | null;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly text: string;
}

/**
 * One HTTP request to the running workbench over a real socket (Fastify's `inject` needs ES modules
 * that Jest cannot load). A plain object body is sent as JSON; a string, bytes or FormData as is.
 */
export async function callApi(
  workbench: Workbench,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Uint8Array | FormData | undefined;
  if (typeof options.body === 'string' || options.body instanceof Uint8Array || options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(workbench.url + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body: parsed, text };
}
