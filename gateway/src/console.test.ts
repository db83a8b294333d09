import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_CSP, EXPLORER_CSP, withConsole } from './console.js';

/** The console's file handler on plain request objects; test/console/ drives it in a browser over mTLS. */
const built = mkdtempSync(join(tmpdir(), 'lsgw-console-'));
mkdirSync(join(built, 'assets'));
writeFileSync(join(built, 'index.html'), '<!doctype html><title>c</title>');
writeFileSync(join(built, 'assets/index-AbC123.js'), 'export {};');
writeFileSync(join(built, 'secret.key'), 'not served');
mkdirSync(join(built, 'explorer/assets'), { recursive: true });
writeFileSync(join(built, 'explorer/index.html'), '<!doctype html><title>e</title>');
writeFileSync(join(built, 'explorer/assets/index-X1.js'), 'export {};');

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function tGet(url: string, opts: { authorized?: boolean; method?: string; dir?: string; explorer?: boolean } = {}) {
  return new Promise<Answer | 'next'>((resolve) => {
    const req = { url, method: opts.method ?? 'GET', socket: { authorized: opts.authorized ?? true } };
    const answer: Answer = { status: 0, headers: {}, body: '' };
    const res = {
      headersSent: false,
      writeHead(status: number, headers: Record<string, string>) {
        Object.assign(answer, { status, headers });
      },
      end(body?: string | Buffer) {
        answer.body = body ? String(body) : '';
        resolve(answer);
      },
    };
    withConsole(() => resolve('next'), { dir: opts.dir ?? built, explorer: opts.explorer })(
      req as unknown as IncomingMessage,
      res as unknown as ServerResponse,
    );
  });
}

describe('the console files', () => {
  it('serves index.html never stored, under a CSP that allows nothing but this origin', async () => {
    const r = (await tGet('/console/')) as Answer;
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-security-policy']).toMatch(
      /default-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/,
    );
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a hashed asset as immutable JavaScript', async () => {
    const r = (await tGet('/console/assets/index-AbC123.js?v=1')) as Answer;
    expect([r.status, r.headers['content-type'], r.headers['cache-control']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'private, max-age=31536000, immutable',
    ]);
    expect(r.body).toBe('export {};');
  });

  it('refuses a connection whose certificate the handshake did not verify, before reading any file', async () => {
    const r = (await tGet('/console/', { authorized: false })) as Answer;
    expect(r.status).toBe(401);
    expect(r.body).not.toContain('<title>');
  });

  it('serves nothing outside the built folder, and no file of a type it does not know', async () => {
    for (const url of ['/console/../package.json', '/console/%2e%2e/%2e%2e/package.json', '/console/a%00.js']) {
      expect(((await tGet(url)) as Answer).status, url).toBe(404);
    }
    expect(((await tGet('/console/secret.key')) as Answer).status).toBe(404);
    expect(((await tGet('/console/%E0%A4%A')) as Answer).status).toBe(400);
  });

  it('redirects /console to /console/, answers 405 to a write, and leaves other paths to GraphQL', async () => {
    const r = (await tGet('/console')) as Answer;
    expect([r.status, r.headers.location]).toEqual([308, '/console/']);
    expect(((await tGet('/console/', { method: 'POST' })) as Answer).status).toBe(405);
    expect(await tGet('/graphql')).toBe('next');
    expect(await tGet('/consoles')).toBe('next');
  });

  it('says how to build it when console/dist is missing', async () => {
    const r = (await tGet('/console/', { dir: join(built, 'nowhere') })) as Answer;
    expect(r.status).toBe(503);
    expect(r.body).toContain('npm run build:console');
  });

  it('serves the explorer outside production under its own CSP, and 404 for every file of it in production', async () => {
    const page = (await tGet('/console/explorer/', { explorer: true })) as Answer;
    expect([page.status, page.headers['content-security-policy']]).toEqual([200, EXPLORER_CSP]);
    expect(EXPLORER_CSP).toContain("worker-src 'self'");
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    const asset = (await tGet('/console/explorer/assets/index-X1.js', { explorer: true })) as Answer;
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'private, max-age=31536000, immutable']);
    expect(((await tGet('/console/explorer', { explorer: true })) as Answer).headers.location).toBe(
      '/console/explorer/',
    );
    for (const url of [
      '/console/explorer/',
      '/console/explorer/index.html',
      '/console/explorer/assets/index-X1.js',
      '/console/explorer',
    ]) {
      expect(((await tGet(url)) as Answer).status, url).toBe(404);
    }
    expect(((await tGet('/console/')) as Answer).headers['content-security-policy']).toBe(CONSOLE_CSP);
  });
});
