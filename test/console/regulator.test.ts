/**
 * The console as a provincial SAMR analyst uses it, in Debian's Chromium over mutual TLS: the current
 * filing period's standing of every platform in the province (Art 9) as a chart and a table, and the severe
 * disposal reports awaiting the office's acknowledgement (Art 12), acknowledged in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { ADD_BATCH, DEMO_A, OPEN, businessOperator, uscc } from '../identity-registry/fixtures.js';
import { SUBMIT as REPORT, tInput } from '../penalty-reports/helpers.js';
import { SEND, unreachable } from '../case-cooperation/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { countGraphQL, seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

const clock = new ManualClock(new Date('2026-07-20T02:00:00Z'));
const LATE = uscc(4, '330100');
const MISSING = uscc(3, '330100');
let fed: TestFederation;
let b: TBrowser;

const ok = async (slug: string, query: string, variables: Record<string, unknown>) => {
  const r = await fed.as(slug).query(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
};
// Operators only, the streamers section declared empty (Art 9 with Art 54 (2)): else it reads MISSING.
const SEAL = `mutation ($id: ID!) { submitFiling(filingId: $id, nothingToReport: [STREAMERS]) { id status } }`;
const file = async (slug: string) => {
  const { openFiling } = await ok(slug, OPEN, { period: '2026-07' });
  await ok(slug, ADD_BATCH, { filingId: openFiling.id, batchNo: 1, operators: [businessOperator(1)], streamers: [] });
  return openFiling.id as string;
};

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  for (const [n, slug] of [
    [3, 'platform-missing'],
    [4, 'platform-late'],
  ] as const) {
    const spec = { kind: 'platform', uscc: uscc(n, '330100'), region: '330102', name: `Platform ${slug}` } as const;
    issueMember(fed.certs.dir, spec, { slug });
    await ok(slug, '{ viewer { org } }', {}); // known to the exchange from its certificate
  }
  // demo-platform files in July (on time), platform-late in August; platform-missing never does.
  await ok('demo-platform', SEAL, { id: await file('demo-platform') });
  const late = await file('platform-late');
  await ok('samr-zhejiang', SEND, { input: unreachable() }); // due five working days later (Art 22 ¶2)
  clock.set('2026-08-03T01:00:00Z');
  await ok('platform-late', SEAL, { id: late });
  const at = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
  await ok('demo-platform', REPORT, {
    input: tInput('console-severe', { measures: [{ type: 'ACCOUNT_CLOSURE', startsAt: at(-1) }], decidedAt: at(-1) }),
  });
  b = await tBrowser(fed);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
});

describe('the console of a provincial SAMR office', () => {
  it('Art 9, Art 22 ¶2: shows each platform of the province as on time, late or missing for the current period, and the overdue notices, in at most three requests', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.clock.setFixedTime(clock.now());
    const ops = countGraphQL(page);
    await page.goto(b.url);
    await page.getByRole('heading', { name: '本期报送情况' }).waitFor();
    const table = page.locator('table.compliance');
    await table.waitFor();
    expect(await page.locator('.period').textContent()).toBe('2026-07');
    const status = async (u: string) => (await table.locator(`tr[data-uscc="${u}"] td.status`).textContent())?.trim();
    expect(await status(DEMO_A.uscc)).toBe('按时');
    expect(await status(LATE)).toBe('逾期提交');
    expect(await status(MISSING)).toBe('未报送 · 已逾期');
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await page.locator('.chart title').textContent()).toBe('按时 1, 逾期提交 1, 已开启未提交 0, 未报送 1');
    const overdue = page.locator('table.overdue tbody tr');
    await overdue.first().waitFor();
    expect(await overdue.count()).toBe(1);
    expect(await overdue.first().textContent()).toContain('Not reachable at the habitual residence');
    expect(await overdue.first().textContent()).toContain('无法联系通知');
    expect(ops.sort()).toEqual(['FilingCompliance', 'Notices', 'Viewer']);
    expect(ops.length).toBeLessThanOrEqual(3);
    expect(await page.locator('nav a:not(.explorer-link)').allTextContents()).toEqual([
      '本期报送情况',
      '待我确认的处置报告',
      '处置报告',
      '发送通知',
      '登记信息查询',
      '辖区黑名单',
      '黑名单核验日志',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-home');
  });

  it('Art 12: lists the severe report awaiting its acknowledgement and acknowledges it in place', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/acks`);
    await page.getByRole('heading', { name: '待我确认的处置报告' }).waitFor();
    const row = page.locator('table.acks tbody tr', { hasText: '福州某某商贸有限公司' });
    await row.waitFor();
    expect(await row.textContent()).toContain('ACCOUNT_CLOSURE');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-acks');
    await row.getByRole('button', { name: '确认收到: 福州某某商贸有限公司' }).click();
    await row.locator('.acked').waitFor();
    expect(await row.locator('.acked').textContent()).toMatch(/^已确认 2026年8月3日/);
    await page.reload();
    await page.getByText('没有记录。').waitFor();
    const awaiting = await ok(
      'samr-zhejiang',
      '{ disposalReports(filter: { awaitingMyAcknowledgement: true }) { edges { node { id } } } }',
      {},
    );
    expect(awaiting.disposalReports.edges).toEqual([]);
  });
});
