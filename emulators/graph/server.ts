// The HTTPS listener: request → EmuRequest → pipeline → response. HTTPS because Graph client 3.0.7
// sends its Authorization header only to https hosts and its PageIterator only follows https links.
import { once } from 'node:events';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestTls } from '../tls';
import { INVALID_JSON } from './pipeline';
import type { EmuRequest, Reply } from './reply';

export interface Listener { readonly origin: string; close(): Promise<void> }

function bodyOf(raw: string, contentType: string): unknown {
  if (raw.trim() === '') return undefined;
  if (/^text\/plain/i.test(contentType)) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function toRequest(req: IncomingMessage, raw: string): EmuRequest {
  const url = req.url ?? '/';
  const at = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return {
    method: (req.method ?? 'GET').toUpperCase(), path: at < 0 ? url : url.slice(0, at), query: at < 0 ? '' : url.slice(at + 1),
    headers, body: bodyOf(raw, headers['content-type'] ?? ''),
  };
}

export async function listen(tls: TestTls, run: (req: EmuRequest) => Promise<Reply>): Promise<Listener> {
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
      run(toRequest(req, Buffer.concat(chunks).toString('utf8'))).then((reply) => {
        res.writeHead(reply.status, { ...reply.headers });
        res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
      }, (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
