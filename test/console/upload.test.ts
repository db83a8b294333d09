/**
 * The console's upload of a filing file (Art 9), in Debian's Chromium over mutual TLS: CSV and NDJSON read in
 * the browser a chunk at a time and sent in the upload tool's numbered batches (the tool's replay proves them the
 * same), a closed tab resumed after its last confirmed batch with nothing stored twice, another file never taken
 * for it, and a refused record named by its file, line and field.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { createGraphQLClient } from '../../lib/http/client.js';
import { upload } from '../../scripts/filing/upload.js';
import { DEMO_A, DEMO_B, FILING, OPERATORS, uscc } from '../identity-registry/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';
import { OPERATOR_CSV_HEADER, operatorRow, operatorsCsv, streamersNdjson } from './upload-files.js';
import { writeFileSync } from 'node:fs';

// 10:00 on 20 July 2026 in Shanghai: 2026-07 is the current period, 2027-01 the next (open to upload ahead).
const clock = new ManualClock(new Date('2026-07-20T02:00:00Z'));
let fed: TestFederation;
let b: TBrowser;
let dir: string;

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  b = await tBrowser(fed);
  dir = mkdtempSync(join(tmpdir(), 'lsgw-console-upload-'));
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ok = async (slug: string, query: string, variables: Record<string, unknown>) => {
  const r = await fed.as(slug).query(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
};

/** The batch numbers the page sends, in order, and whether the exchange answered each as a replay. */
function batchesSent(page: Page) {
  const sent: { no: number; replayed?: boolean }[] = [];
  page.on('requestfinished', async (req) => {
    const body = req.postDataJSON() as { query?: string; variables?: { batchNo?: number } } | null;
    if (!body?.query?.includes('addFilingBatchNdjson')) return;
    const json = await (await req.response())?.json().catch(() => undefined);
    sent.push({ no: body.variables!.batchNo!, replayed: json?.data?.addFilingBatchNdjson?.replayed });
  });
  return sent;
}

async function openUpload(page: Page, query: string) {
  await page.goto(`${b.url}#/upload?${query}`);
  await page.getByRole('heading', { name: '上传报送文件' }).waitFor();
}

/** Every operator record of the platform's filing for the period, as the platform reads its own. */
async function storedOperators(slug: string, platformUscc: string, period: string) {
  const all: { uscc: string; filingId: string }[] = [];
  let after: string | undefined;
  do {
    const page = (await ok(slug, OPERATORS, { filter: { platformUscc, period }, first: 500, after })).liveRoomOperators;
    all.push(...page.edges.map((e: { node: { uscc: string; filingId: string } }) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  return all;
}

describe('the console’s upload of a filing file', () => {
  it('Art 9: uploads a CSV and an NDJSON file in the upload tool’s numbered batches and submits them', async () => {
    const operators = operatorsCsv(join(dir, 'a'), 5);
    const streamers = streamersNdjson(join(dir, 'a'), 3);
    const page = await (await b.context('demo-platform')).newPage();
    const sent = batchesSent(page);
    await openUpload(page, 'period=2026-07&batchSize=2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('直播间运营者文件（CSV 或 NDJSON）').setInputFiles(operators);
    await page.getByLabel('直播营销人员文件（CSV 或 NDJSON）').setInputFiles(streamers);
    await page.getByRole('button', { name: '开始上传' }).click();
    await page.locator('.upload-complete').waitFor();
    // Operators first, then streamers, two records a batch: 2 + 2 + 1 operators, 2 + 1 streamers.
    await expect.poll(() => sent.length).toBeGreaterThanOrEqual(5);
    expect(sent.map((s) => s.no).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await page.locator('.field-records dd').textContent()).toBe('8');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-upload');

    await page.getByRole('button', { name: '提交本期报送' }).click();
    await page.locator('.upload-submitted').waitFor();
    expect(await page.locator('tr.receipt td').first().textContent()).toBe('filing.submit');
    const filingId = (await storedOperators('demo-platform', DEMO_A.uscc, '2026-07'))[0].filingId;
    const filing = (await ok('demo-platform', FILING, { id: filingId })).filing;
    expect(filing).toMatchObject({ status: 'SUBMITTED', batchCount: 5, operatorCount: 5, streamerCount: 3 });

    // The upload tool cuts the same files into the same batches: the exchange answers every one as a replay.
    const member = fed.certs.member('demo-platform');
    const client = createGraphQLClient({
      url: fed.gatewayUrl,
      ca: fed.ca,
      cert: readFileSync(member.cert),
      key: readFileSync(member.key),
    });
    try {
      const tool = await upload({
        client,
        period: '2026-07',
        operators,
        streamers,
        batchSize: 2,
        statePath: join(dir, 'a', 'tool-state.json'),
        log: () => undefined,
      });
      expect({ batches: tool.batches, replayed: tool.replayed }).toEqual({ batches: 5, replayed: 5 });
    } finally {
      await client.close();
    }
  });

  it('Art 9: resumes after the tab closed mid-upload, after the last confirmed batch; another file is not taken for it', async () => {
    const operators = operatorsCsv(join(dir, 'b'), 9);
    const ctx = await b.context('demo-platform-b');
    const first = await ctx.newPage();
    // Batch 3 reaches the exchange and is stored, but its answer never reaches the page: the tab closes first.
    let stored!: () => void;
    const batch3Stored = new Promise<void>((resolve) => (stored = resolve));
    const held: Route[] = [];
    await first.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables?: { batchNo?: number } };
      if (!body.query.includes('addFilingBatchNdjson') || body.variables?.batchNo !== 3) return route.continue();
      await route.fetch();
      held.push(route);
      stored();
    });
    await openUpload(first, 'period=2026-07&batchSize=2');
    await first.getByLabel('直播间运营者文件（CSV 或 NDJSON）').setInputFiles(operators);
    await first.getByRole('button', { name: '开始上传' }).click();
    await batch3Stored;
    await first.locator('.upload-status[data-confirmed="2"]').waitFor();
    await first.close();

    const page = await ctx.newPage();
    const sent = batchesSent(page);
    await openUpload(page, 'period=2026-07&batchSize=2');
    await page.locator('.kept-upload').waitFor();
    expect(await page.locator('.kept-upload').textContent()).toContain('operators.csv');

    // The same name, another content: its progress is not this file's.
    const other = join(dir, 'b-other');
    const impostor = operatorsCsv(other, 9, 'operators.csv', 100);
    await page.getByLabel('直播间运营者文件（CSV 或 NDJSON）').setInputFiles(impostor);
    await page.locator('.match-other').waitFor();
    expect(await page.getByRole('button', { name: '开始上传' }).isVisible()).toBe(true);

    await page.getByLabel('直播间运营者文件（CSV 或 NDJSON）').setInputFiles(operators);
    expect(await page.locator('.match-resume strong').textContent()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '继续上传' }).click();
    await page.locator('.upload-complete').waitFor();
    // Batch 3 again, which the exchange already held: a replay; then 4 and 5. Batches 1 and 2 are not sent.
    // (The listener reads each answer asynchronously: the last may land just after the page says complete.)
    await expect.poll(() => sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.sort((x, y) => x.no - y.no)).toEqual([
      { no: 3, replayed: true },
      { no: 4, replayed: false },
      { no: 5, replayed: false },
    ]);

    const records = await storedOperators('demo-platform-b', DEMO_B.uscc, '2026-07');
    const expected = Array.from({ length: 9 }, (_, i) => uscc(i + 1));
    expect(records.map((r) => r.uscc).sort()).toEqual(expected.sort());
    const filing = (await ok('demo-platform-b', FILING, { id: records[0].filingId })).filing;
    expect(filing).toMatchObject({ status: 'OPEN', batchCount: 5, operatorCount: 9 });
    for (const r of held) await r.abort().catch(() => undefined);
  });

  it('Art 9: a refused batch names each bad record by its file, line and field, as the exchange’s path does', async () => {
    const path = join(dir, 'c', 'operators.csv');
    operatorsCsv(join(dir, 'c'), 1);
    // Rows 1–3 are lines 2, 3 and 4–5 (row 3's address spans two lines); row 4, on line 6, has a bad USCC.
    const bad = `${uscc(4).slice(0, 17)}${uscc(4)[17] === '0' ? '1' : '0'}`;
    const rows = [1, 2, 3].map((n) => operatorRow(n)).concat(operatorRow(4, { uscc: bad }));
    writeFileSync(path, [OPERATOR_CSV_HEADER, ...rows].join('\r\n') + '\r\n');
    const page = await (await b.context('demo-platform')).newPage();
    await openUpload(page, 'period=2027-01');
    await page.getByLabel('直播间运营者文件（CSV 或 NDJSON）').setInputFiles(path);
    await page.getByRole('button', { name: '开始上传' }).click();
    const row = page.locator('table.refused-lines tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-path')).toBe('operators[3].business.uscc');
    expect(await row.getAttribute('data-line')).toBe('6');
    expect(await row.locator('td').nth(0).textContent()).toBe('operators.csv');
    expect(await row.locator('td').nth(2).textContent()).toBe('business.uscc');
    expect(await page.getByRole('alert').locator('code').textContent()).toBe('BAD_USER_INPUT');
    expect(await row.locator('.reason').textContent()).toBeTruthy();
    expect(await page.locator('.upload-status').getAttribute('data-confirmed')).toBe('0');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-upload-refused');
  });
});
