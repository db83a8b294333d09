/**
 * The console's oversight pages of a provincial SAMR office, in Debian's Chromium over mutual TLS: the blacklist
 * entries of its area's platforms (Art 14), the peer checks it may see (Art 14 ¶4), and a notice's working-day
 * due date shown before sending, equal to the one the sent notice gets (Art 22 ¶2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { ADD, CHECK, CHECK_LOG, DEMO_A, DEMO_B, LIST, REMOVE, entryInput, residentId } from '../blacklist/fixtures.js';
import { SUBMIT as REPORT, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

// Monday 20 July 2026, 10:00 in Shanghai.
const clock = new ManualClock(new Date('2026-07-20T02:00:00Z'));
const LISTED = residentId('33010619850101123'); // listed by demo-platform (Zhejiang)
const REMOVED = residentId('33010219800303111'); // listed by demo-platform, then removed
const JIANGSU = residentId('32010219900202456'); // listed by demo-platform-b (Jiangsu)
const NOBODY = residentId('44030419900101123'); // listed by nobody
let fed: TestFederation;
let b: TBrowser;
const id: Record<string, string> = {};

const ok = async (slug: string, query: string, variables: Record<string, unknown> = {}) => {
  const r = await fed.as(slug).query(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
};
const check = (slug: string, number: string, purpose = 'ONBOARDING') =>
  ok(slug, CHECK, { subjects: [{ documentType: 'RESIDENT_ID', documentNumber: number }], purpose });
const person = (name: string, number: string) => ({ name, number });

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  const now = clock.now();
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
  const report = tInput('oversight-blacklisting', {
    measures: [{ type: 'BLACKLISTING', startsAt: day(-1), endsAt: day(179) }],
    decidedAt: day(-1),
  });
  id.report = (await ok('demo-platform', REPORT, { input: report })).submitDisposalReport.id;
  const add = async (slug: string, input: unknown) => (await ok(slug, ADD, { input })).addBlacklistEntry.id as string;
  id.listed = await add(
    'demo-platform',
    entryInput({ key: 'o-listed', now, person: person('王五', LISTED), disposalReportId: id.report }),
  );
  id.removed = await add('demo-platform', entryInput({ key: 'o-removed', now, person: person('李四', REMOVED) }));
  await ok('demo-platform', REMOVE, { id: id.removed, reason: '误列' });
  id.jiangsu = await add('demo-platform-b', entryInput({ key: 'o-jiangsu', now, person: person('赵六', JIANGSU) }));
  // Zhejiang sees: its platform's own check, and Jiangsu's check that matched a Zhejiang entry (Art 14 ¶4);
  // not Jiangsu's unmatched check, nor its check that matched only its own entry.
  await check('demo-platform', NOBODY, 'PERIODIC_REVIEW');
  await check('demo-platform-b', LISTED);
  await check('demo-platform-b', NOBODY);
  await check('demo-platform-b', JIANGSU);
  b = await tBrowser(fed);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
});

describe('the oversight pages of a provincial SAMR office', () => {
  it('Art 14: lists its area’s blacklist entries with status, listing platform and report link, filtered by status', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/blacklist`);
    await page.getByRole('heading', { name: '辖区黑名单' }).waitFor();
    const rows = page.locator('table.regulator-entries tbody tr');
    await rows.first().waitFor();
    const api = (await ok('samr-zhejiang', LIST, { first: 50 })).blacklistEntries.edges.map((e: any) => e.node.id);
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-entry')))).toEqual(api);
    expect([...api].sort()).toEqual([id.listed, id.removed].sort());
    const listed = page.locator(`tr[data-entry="${id.listed}"]`);
    expect(await listed.locator('th').textContent()).toBe('王五');
    expect(await listed.locator('.status').textContent()).toBe('生效中');
    expect(await listed.locator('.listed-by').textContent()).toBe(`${DEMO_A.name} (${DEMO_A.uscc})`);
    expect(await page.locator(`tr[data-entry="${id.removed}"] .status`).textContent()).toBe('已移除');
    expect(await page.locator(`tr[data-entry="${id.removed}"] .report`).textContent()).toBe('—');
    expect(await page.getByRole('navigation').getByRole('link', { name: '辖区黑名单' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-blacklist');

    await page.getByLabel('状态').selectOption('REMOVED');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator(`tr[data-entry="${id.listed}"]`).waitFor({ state: 'detached' });
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-entry')))).toEqual([id.removed]);

    await page.getByLabel('状态').selectOption('');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await listed.getByRole('link', { name: '查看 处置报告详情: 王五' }).click();
    await page.getByRole('heading', { name: '处置报告详情: 福州某某商贸有限公司' }).waitFor();
    expect(await page.locator('dd.measures').textContent()).toContain('列入黑名单');
  });

  it('Art 14 ¶4: shows the checks by its area’s platforms and the matches of its area’s entries, and no other check', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/checks`);
    await page.getByRole('heading', { name: '黑名单核验日志' }).waitFor();
    const rows = page.locator('table.checks tbody tr');
    await rows.first().waitFor();
    const api = (await ok('samr-zhejiang', CHECK_LOG, { first: 50 })).blacklistCheckLog.edges.map((e: any) => e.node);
    expect(api.map((n: any) => [n.checkedBy.uscc, n.listed])).toEqual([
      [DEMO_B.uscc, true],
      [DEMO_A.uscc, false],
    ]);
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-check')))).toEqual(
      api.map((n: any) => n.id),
    );
    const matched = page.locator(`tr[data-by="${DEMO_B.uscc}"]`);
    expect(await matched.locator('.result').textContent()).toBe('在黑名单中');
    expect(await matched.locator('th').textContent()).toBe(`${DEMO_B.name} (${DEMO_B.uscc})`);
    expect(await page.locator(`tr[data-by="${DEMO_A.uscc}"] .purpose`).textContent()).toBe('定期复核');
    // The identity checked is the exchange's keyed hash, never the number.
    expect(await page.locator('table.checks').textContent()).not.toContain(LISTED);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-checks');

    await page.getByLabel('被核验的身份（18 位身份证号、统一社会信用代码，或“证件类型,号码”）').fill(LISTED);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator(`tr[data-by="${DEMO_A.uscc}"]`).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-by')).toBe(DEMO_B.uscc);
  });

  it('Art 22 ¶2: shows the working-day due date before sending, across the National Day holiday and its make-up Saturday, and the sent notice gets that date', async () => {
    // Monday 28 September 2026, 10:00 in Shanghai: 1–7 October are holidays, Saturday 10 October a working day.
    clock.set('2026-09-28T02:00:00Z');
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/send`);
    await page.getByRole('heading', { name: '发送通知' }).waitFor();
    await page.getByLabel('类型', { exact: true }).selectOption('UNREACHABLE_CONTACT');
    const shown = page.locator('.due-computed[data-rule="WORKING_DAYS"] .due-date');
    await shown.waitFor();
    const before = await shown.textContent();
    expect(before).toBe('2026-10-10');
    expect(await page.locator('.due-computed').textContent()).toContain('(5 个工作日)');
    expect(await page.locator('p.sent').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-send-due');

    await page.getByLabel('平台统一社会信用代码').fill(DEMO_A.uscc);
    await page.getByLabel('摘要').fill('Not reachable at the habitual residence');
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('证件号码').fill(NOBODY);
    await page.getByLabel('行政区划代码').fill('440106');
    await page.getByLabel('详细地址').fill('天河区体育西路2号');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const sent = page.locator('p.sent');
    await sent.waitFor();
    const noticeId = await sent.getAttribute('data-notice');
    const stored = (await ok('samr-zhejiang', `{ notice(id: "${noticeId}") { dueDate dueApproximate } }`)).notice;
    expect(stored).toEqual({ dueDate: before, dueApproximate: false });
    expect(await sent.locator('.due').textContent()).toBe(before);
  });

  it('Art 12 ¶2: shows a violation’s due date the exchange would refuse, with its reason, before sending', async () => {
    clock.set('2026-09-28T02:00:00Z');
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/send`);
    await page.getByRole('heading', { name: '发送通知' }).waitFor();
    const earliest = page.locator('.due-computed[data-rule="NONE"] .earliest');
    await earliest.waitFor();
    expect(await earliest.textContent()).toBe('2026-09-29');
    await page.getByLabel('要求报告日期（可选，至少一个工作日后）').fill('2026-09-28');
    const refused = page.locator('.due-computed.refused .reason');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/at least one working day ahead \(earliest 2026-09-29/);
    await page.getByLabel('要求报告日期（可选，至少一个工作日后）').fill('2026-10-09');
    await page.locator('.due-computed[data-rule="SENDER_DATE"] .due-date', { hasText: '2026-10-09' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
