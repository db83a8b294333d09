/**
 * The GraphQL explorer (GraphiQL from npm, built by Vite into console/dist/explorer), in Debian's Chromium over
 * mutual TLS: outside production it is linked from the console's navigation, loads under its CSP with Monaco's
 * workers from this origin, and runs a query with the browser's client certificate; in production the gateway
 * answers 404 for every file of it and the console does not link it.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

let fed: TestFederation;
let prod: TestFederation;
let b: TBrowser;
let bp: TBrowser;

beforeAll(async () => {
  fed = await startTestFederation();
  prod = await startTestFederation({ gatewayConfig: (c) => ({ ...c, production: true }) });
  b = await tBrowser(fed);
  bp = await tBrowser(prod);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await bp?.close();
  await fed?.close();
  await prod?.close();
});

/** Every CSP violation the page reports, recorded before any of its scripts runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __csp: string[] }).__csp = seen;
    // Runs in the page: `globalThis` is its window.
    const page = globalThis as unknown as {
      addEventListener(type: string, f: (e: { effectiveDirective: string; blockedURI: string }) => void): void;
    };
    page.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
}

/** The console's answer to its HEAD probe of the explorer, then the navigation's link texts. */
async function navLinks(page: Page, url: string): Promise<string[]> {
  const probed = page.waitForResponse((r) => new URL(r.url()).pathname === '/console/explorer/');
  await page.goto(url);
  await probed;
  await page.getByRole('navigation').waitFor();
  await page.locator('nav a').first().waitFor();
  return page.getByRole('navigation').getByRole('link').allTextContents();
}

describe('the GraphQL explorer', () => {
  it('outside production: linked from the navigation, loads under its CSP and runs a query with the member certificate', async () => {
    const page = await (await b.context('samr-national')).newPage();
    const violations = await recordViolations(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await navLinks(page, b.url);
    await page.getByRole('link', { name: 'GraphQL 调试台' }).click();
    await page.waitForURL(`${b.url}explorer/`);
    const run = page.getByRole('button', { name: /Execute query/ });
    await run.waitFor();
    // The editor holds the welcome query once Monaco is up; then run it.
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'viewer' }).waitFor();
    await run.click();
    const response = page.locator('.graphiql-response .view-lines', { hasText: 'samr/national/100000' });
    await response.waitFor();
    const text = (await response.textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('"role": "REGULATOR"');
    expect(text).toContain('"org": "samr/national/100000"');
    // Monaco's workers are files of this origin, from the explorer's own bundle.
    expect(workers.some((w) => /^\/console\/explorer\/assets\/editor\.worker-[\w-]+\.js$/.test(w))).toBe(true);
    expect(workers.every((w) => w.startsWith('/console/explorer/assets/'))).toBe(true);
    expect(await violations()).toEqual([]);
    // GraphiQL's own markup: a close button inside each tab, and its pale links; none of it is ours.
    const known = /^(nested-interactive|color-contrast): .*\((a|li)\)$/;
    expect((await seriousViolations(page)).filter((v) => !known.test(v))).toEqual([]);
    await snap(page, 'explorer');
  });

  it('in production: the gateway answers 404 for every file of the explorer, and the console does not link it', async () => {
    const dist = fileURLToPath(new URL('../../console/dist/explorer/assets/', import.meta.url));
    const asset = readdirSync(dist).find((f) => f.endsWith('.js'))!;
    const client = prod.as('samr-national');
    for (const path of ['/console/explorer/', '/console/explorer/index.html', `/console/explorer/assets/${asset}`]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
    expect((await client.get('/console/')).status).toBe(200);
    expect((await fed.as('samr-national').get(`/console/explorer/assets/${asset}`)).status).toBe(200);
    const page = await (await bp.context('samr-national')).newPage();
    const links = await navLinks(page, bp.url);
    expect(links).toContain('本期报送情况');
    expect(links).not.toContain('GraphQL 调试台');
  });
});
