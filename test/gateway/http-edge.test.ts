import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../lib/http/graphql-handler.js';
import { codeOf } from '../../lib/testing/client.js';
import { memberCert } from '../support/certs.js';
import { tGateway, type TGateway } from './t-gateway.js';

const run = promisify(execFile);
let gw: TGateway;
let prod: TGateway;
beforeAll(async () => {
  [gw, prod] = await Promise.all([tGateway(), tGateway((c) => ({ ...c, production: true }))]);
});
afterAll(() => Promise.all([gw?.close(), prod?.close()]));

const bigBody = () => Buffer.alloc(DEFAULT_BODY_LIMIT + 1024 * 1024, 'a');

/**
 * A raw HTTP/1.1 request over mTLS that keeps sending its body (declared or chunked) without waiting,
 * as a naive client does; resolves with what the server answered before the connection ended.
 */
function rawPost(headers: string, body: Buffer, chunked: boolean): Promise<{ answer: string; error?: string }> {
  return new Promise((resolve) => {
    let answer = '';
    const s = connect({
      host: '127.0.0.1',
      port: gw.port,
      servername: 'localhost',
      ca: gw.ca,
      ...memberCert(gw.certs, 'demo-platform'),
    });
    s.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    s.on('error', (e: NodeJS.ErrnoException) => resolve({ answer, error: e.code }));
    s.on('close', () => resolve({ answer }));
    s.once('secureConnect', async () => {
      s.write(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n${headers}\r\n`);
      for (let off = 0; off < body.length && !s.destroyed; off += 64 * 1024) {
        const piece = body.subarray(off, off + 64 * 1024);
        const ok = s.write(
          chunked
            ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
            : piece,
        );
        if (!ok) await new Promise((r) => s.once('drain', r).once('close', r));
      }
      if (s.destroyed) return;
      if (chunked) s.end('0\r\n\r\n');
      else s.end();
    });
  });
}

describe('the HTTP edge', () => {
  it('answers an over-limit body sent by curl (Expect: 100-continue) with its 413, not a reset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsgw-edge-'));
    writeFileSync(join(dir, 'body.json'), bigBody());
    const m = gw.certs.member('demo-platform');
    const { stdout, stderr } = await run(
      'curl',
      [
        '-sS',
        '-v',
        '--cacert',
        gw.certs.ca,
        '--cert',
        m.cert,
        '--key',
        m.key,
        '-H',
        'content-type: application/json',
        '--data-binary',
        `@${join(dir, 'body.json')}`,
        '-w',
        '\n%{http_code}',
        gw.url,
      ],
      { maxBuffer: 1 << 20 },
    );
    expect(stderr).toMatch(/Expect: 100-continue/i);
    expect(stderr).not.toMatch(/HTTP\/1\.1 100 Continue/);
    const [body, status] = stdout.split('\n');
    expect(status).toBe('413');
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a declared over-limit length with 413 before reading it, and a client that sends it anyway still reads the answer', async () => {
    const body = bigBody();
    const r = await rawPost(`content-length: ${body.length}\r\n`, body, false);
    expect(r.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(r.answer).toContain('"BAD_USER_INPUT"');
  });

  it('cuts off a chunked body once it passes the limit, with a 413 the client receives', async () => {
    const r = await rawPost('transfer-encoding: chunked\r\n', bigBody(), true);
    expect(r.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(r.answer).toMatch(/connection: close/i);
  });

  it('sends no-store, HSTS and nosniff on answers, refusals and health alike', async () => {
    const answered = await gw.as('demo-platform').query('{ __typename }');
    const refused = await gw.withCert(undefined).query('{ __typename }');
    for (const h of [answered.headers, refused.headers]) {
      expect(h.get('cache-control')).toBe('no-store');
      expect(h.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
      expect(h.get('x-content-type-options')).toBe('nosniff');
    }
    expect(refused.status).toBe(401);
  });

  it('refuses a subscription with a coded 400, not a 500', async () => {
    const r = await gw.as('demo-platform').query('subscription { viewer { role } }');
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('OPERATION_NOT_SUPPORTED');
  });

  it('in production, names no field the caller did not ask for ("Did you mean …")', async () => {
    const dev = await gw.as('demo-platform').query('{ viewr { role } }');
    const r = await prod.as('demo-platform').query('{ viewr { role } }');
    expect(dev.body.errors?.[0].message).toMatch(/Did you mean "viewer"/);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r.body)).not.toMatch(/Did you mean|"viewer"/);
  });
});
