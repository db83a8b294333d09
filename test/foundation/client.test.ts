import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../lib/http/client.js';
import { makeTestCerts, memberCert, serviceCert } from '../support/certs.js';

/**
 * The member client (upload tool, benchmarks) gives up on a server that does not answer in time: one that
 * never sends its answer's headers, and one that stalls halfway through the body.
 */
describe('member GraphQL client', () => {
  const certs = makeTestCerts();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer({ ...serviceCert(certs, 'gateway'), ca: readFileSync(certs.ca) }, (req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/silent') return; // never answers
        if (req.url === '/stalls') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"data":'); // and nothing more
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { ok: true } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = (path: string) =>
    createGraphQLClient({
      url: url + path,
      ca: readFileSync(certs.ca),
      ...memberCert(certs, 'demo-platform'),
      timeoutMs: 300,
    });

  it('answers with the parsed GraphQL response', async () => {
    const c = client('/graphql');
    await expect(c.request('{ ok }')).resolves.toEqual({ status: 200, data: { ok: true } });
    await c.close();
  });

  it('gives up on a server that never answers', async () => {
    const c = client('/silent');
    await expect(c.request('{ ok }')).rejects.toBeInstanceOf(Error);
    await c.close();
  });

  it('gives up on an answer that stalls halfway', async () => {
    const c = client('/stalls');
    await expect(c.request('{ ok }')).rejects.toBeInstanceOf(Error);
    await c.close();
  });
});
