import { request } from 'node:http';
import type { Workbench } from '../../src';
import type { ApiResponse } from './call-api';

/**
 * {@link callApi}'s request with a `Host` header of the caller's choosing, as a browser sends after DNS
 * rebinding (fetch always sends the URL's own host). A plain object body is sent as JSON.
 */
export function callWithHost(workbench: Workbench, method: string, path: string, host: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...options.headers, host, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
  return new Promise((resolve, reject) => {
    const sent = request(`${workbench.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        resolve({ status: response.statusCode!, contentType: response.headers['content-type'] ?? null, body: parsed, text });
      });
    });
    sent.on('error', reject);
    sent.end(body);
  });
}
