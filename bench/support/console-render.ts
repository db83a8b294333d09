import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, as the console tests run it (test/console/browser.ts). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One GraphQL request the page made: its operation, the browser's wait for the first byte, and the gateway's time. */
export interface PageRequest {
  operation: string;
  /** requestStart → responseStart as the browser saw it, ms. */
  waitMs: number;
  /** The gateway's own durationMs for it (its request log), when found. */
  serverMs?: number;
}

export interface RenderRound {
  /** Navigation start → the compliance table's first row in the DOM and the frame after it, ms. */
  renderMs: number;
  /** First contentful paint (the page's header), ms. */
  fcpMs: number;
  /** Rows the compliance table says it has (its caption's total). */
  rows: string;
  requests: PageRequest[];
}

/** Notes performance.now() at the frame after the compliance table's first row enters the DOM. */
const WATCH_TABLE = `{
  const seen = new MutationObserver(() => {
    if (!document.querySelector('table.compliance tbody tr')) return;
    seen.disconnect();
    requestAnimationFrame(() => { window.__rendered = performance.now(); });
  });
  seen.observe(document, { subtree: true, childList: true });
}`;
const READ_TIMES = `({
  renderMs: window.__rendered,
  fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  rows: document.querySelector('table.compliance caption')?.textContent ?? '',
})`;

export interface GatewayLog {
  /** From now on: returns the gateway's request-log lines (operationName, durationMs) written since. */
  mark(): () => { operationName?: string; durationMs: number }[];
}

/**
 * Opens the regulator's home page in a fresh browser context (no cache, a new TLS session: what an officer's
 * first visit of the day costs), presenting `cert`, and times it until the compliance table is rendered.
 */
export async function renderHome(
  browser: Browser,
  opts: { url: string; cert: string; key: string; period: string; gatewayLog: GatewayLog },
): Promise<RenderRound> {
  const origin = new URL(opts.url).origin;
  const ctx = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    clientCertificates: [{ origin, certPath: opts.cert, keyPath: opts.key }],
  });
  try {
    const page = await ctx.newPage();
    // Injected by the browser before the page's own scripts (not a page script, so the CSP does not apply);
    // browser code as text, since this package is typed for Node.
    await page.addInitScript({ content: WATCH_TABLE });
    const finished: PageRequest[] = [];
    page.on('requestfinished', (req) => {
      if (!req.url().endsWith('/graphql')) return;
      const query = (req.postDataJSON() as { query?: string } | null)?.query ?? '';
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
      const t = req.timing();
      finished.push({ operation, waitMs: t.responseStart - t.requestStart });
    });
    const log = opts.gatewayLog.mark();
    await page.goto(`${opts.url}#/home?period=${opts.period}`);
    await page.waitForFunction(() => (globalThis as { __rendered?: number }).__rendered !== undefined, null, {
      timeout: 300_000,
    });
    await page.waitForLoadState('networkidle');
    const { renderMs, fcpMs, rows } = (await page.evaluate(READ_TIMES)) as Omit<RenderRound, 'requests'>;
    const requests = finished;
    const server = log();
    for (const r of requests) {
      const i = server.findIndex((s) => s.operationName === r.operation);
      if (i >= 0) r.serverMs = server.splice(i, 1)[0].durationMs;
    }
    return { renderMs, fcpMs, rows, requests };
  } finally {
    await ctx.close();
  }
}

export const launchChromium = () =>
  chromium.launch({
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
