import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../../console/build.js';
import type { TestFederation } from '../support/federation.js';

/** Debian's Chromium (`.ci/run` installs it), headless, with nothing that phones home. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TBrowser {
  browser: Browser;
  /** The console's URL on the federation's gateway (origin `https://localhost:<port>`, as the certificate's). */
  url: string;
  /** A context presenting the named demo member's certificate, or none. Browser times in New York: proves the console's Asia/Shanghai. */
  context(slug?: string): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Builds the console if needed (npm test runs this before any page is opened), then starts Chromium. */
export async function tBrowser(fed: TestFederation): Promise<TBrowser> {
  ensureConsoleBuilt();
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const origin = new URL(fed.gatewayUrl).origin;
  const contexts: BrowserContext[] = [];
  return {
    browser,
    url: `${origin}/console/`,
    async context(slug) {
      const member = slug ? fed.certs.member(slug) : undefined;
      const ctx = await browser.newContext({
        // The test CA is made when the test starts; Playwright's TLS proxy does not trust it.
        ignoreHTTPSErrors: true,
        timezoneId: 'America/New_York',
        viewport: { width: 1440, height: 900 },
        ...(member ? { clientCertificates: [{ origin, certPath: member.cert, keyPath: member.key }] } : {}),
      });
      contexts.push(ctx);
      return ctx;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
    },
  };
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The GraphQL operations the page sends from now on, by name. */
export function countGraphQL(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/graphql')) return;
    const query = (req.postDataJSON() as { query?: string } | null)?.query ?? '';
    seen.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
  });
  return seen;
}

/**
 * With CONSOLE_SCREENSHOTS=<dir>, saves the page as it is now to <dir>/<name>.png (the viewport is 1440×900);
 * otherwise does nothing.
 */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.CONSOLE_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}
