/**
 * The console's regulator journeys beyond the home page, in Debian's Chromium over mutual TLS: disposal reports
 * with their history and recipients (Art 12), sending a notice with its working-day due date (Art 22 ¶2),
 * registry search by name, ID number, USCC or account (Art 9, 48), and the national offices' access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import {
  ADD_BATCH,
  DEMO_A,
  OPEN,
  OPERATORS,
  SUBMIT,
  businessOperator,
  personOperator,
  residentId,
  uscc,
} from '../identity-registry/fixtures.js';
import { AMEND, SUBMIT as REPORT, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

// Monday 20 July 2026, 10:00 in Shanghai.
const clock = new ManualClock(new Date('2026-07-20T02:00:00Z'));
const at = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
const PERSON_ID = residentId('44010619900101123');
let fed: TestFederation;
let b: TBrowser;
let reportId: string;

const ok = async (slug: string, query: string, variables: Record<string, unknown>) => {
  const r = await fed.as(slug).query(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
};

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  const { openFiling } = await ok('demo-platform', OPEN, { period: '2026-07' });
  await ok('demo-platform', ADD_BATCH, {
    filingId: openFiling.id,
    batchNo: 1,
    operators: [businessOperator(1), personOperator(2, PERSON_ID)],
    streamers: [],
  });
  await ok('demo-platform', SUBMIT, { id: openFiling.id });
  const input = tInput('console-history', { measures: [{ type: 'WARNING', startsAt: at(-1) }], decidedAt: at(-1) });
  reportId = (await ok('demo-platform', REPORT, { input })).submitDisposalReport.id;
  await ok('demo-platform', AMEND, {
    id: reportId,
    input: { ...input, facts: '直播中对普通食品宣称疾病治疗功能（补充证据）' },
    reason: '补充直播录屏证据',
  });
  b = await tBrowser(fed);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
});

describe('the console of a regulator: reports, notices, registry and access log', () => {
  it('Art 12 ¶3: lists the disposal reports and opens one with its history and recipients', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/reports`);
    await page.getByRole('heading', { name: '处置报告', exact: true }).waitFor();
    const row = page.locator(`table.reports tr[data-report="${reportId}"]`);
    await row.waitFor();
    expect(await row.locator('td.num').textContent()).toBe('2');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-reports');

    await row.getByRole('link', { name: '福州某某商贸有限公司' }).click();
    await page.getByRole('heading', { name: '处置报告详情: 福州某某商贸有限公司' }).waitFor();
    expect(await page.locator('dd.measures').textContent()).toBe('警示');
    const history = page.locator('table.history tbody tr');
    expect(await history.count()).toBe(2);
    expect(await page.locator('tr[data-version="2"] .reason').textContent()).toBe('补充直播录屏证据');
    expect(await page.locator('tr[data-version="1"] .reason').textContent()).toBe('—');
    expect(await page.locator('tr[data-version="2"]').textContent()).toContain('（补充证据）');
    const api = (
      await ok('samr-zhejiang', `{ disposalReport(id: "${reportId}") { recipients { authority level region } } }`, {})
    ).disposalReport.recipients as { authority: string; level: string; region: string }[];
    expect(api.length).toBeGreaterThan(0);
    const shown = await page
      .locator('table.recipients tbody tr')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-office')));
    expect(shown).toEqual(api.map((r) => `${r.authority}/${r.level}/${r.region}`));
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-report');
  });

  it('Art 22 ¶2: refuses a violation due date too soon next to its field, then sends an unreachable-contact notice and shows the exchange’s working-day due date', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/send`);
    await page.getByRole('heading', { name: '发送通知' }).waitFor();
    await page.getByLabel('平台统一社会信用代码').fill(DEMO_A.uscc);
    await page.getByLabel('摘要').fill('Not reachable at the business address');
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('证件号码').fill(PERSON_ID);
    await page.getByLabel('法律依据').fill('《反不正当竞争法》第八条');
    await page.getByLabel('要求报告日期（可选，至少一个工作日后）').fill('2026-07-20');
    expect(await page.locator('.due-preview').textContent()).toBe('答复期限为您填写的日期： 2026-07-20');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const problem = page.locator('[data-field="input.violation.dueAt"] .field-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/working day/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('类型', { exact: true }).selectOption('UNREACHABLE_CONTACT');
    expect(await page.locator('.due-preview').textContent()).toContain('五个工作日');
    await page.getByLabel('行政区划代码').fill('440106');
    await page.getByLabel('详细地址').fill('天河区体育西路2号');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const sent = page.locator('p.sent');
    await sent.waitFor();
    const id = await sent.getAttribute('data-notice');
    const stored = (await ok('samr-zhejiang', `{ notice(id: "${id}") { kind dueDate platform { uscc } } }`, {})).notice;
    expect(stored).toMatchObject({ kind: 'UNREACHABLE_CONTACT', platform: { uscc: DEMO_A.uscc } });
    // Five working days after Monday 20 July 2026 on the exchange's calendar.
    expect(stored.dueDate).toBe('2026-07-27');
    expect(await sent.locator('.due').textContent()).toBe(stored.dueDate);
    expect(await page.locator('tr.receipt td').first().textContent()).toBe('notice.send');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-send');
  });

  it('Art 48: searches the registry by name, ID number, USCC and live account', async () => {
    const page = await (await b.context('samr-zhejiang')).newPage();
    await page.goto(`${b.url}#/search`);
    await page.getByRole('heading', { name: '登记信息查询' }).waitFor();
    const search = async (by: string, key: string) => {
      await page.getByLabel('查询方式').selectOption({ label: by });
      await page.getByLabel('查询内容').fill(key);
      await page.getByRole('button', { name: '查询', exact: true }).click();
    };
    const names = () => page.locator('table.operators tbody th').allTextContents();
    await search('名称或姓名', '杭州直播商贸');
    await page.locator('table.operators tbody tr').first().waitFor();
    expect(await names()).toEqual(['杭州直播商贸1有限公司']);
    await search('证件号码', PERSON_ID);
    await page.locator('table.operators th', { hasText: '张2' }).waitFor();
    expect(await names()).toEqual(['张2']);
    await search('统一社会信用代码', uscc(1));
    await page.locator('table.operators th', { hasText: '杭州直播商贸1有限公司' }).waitFor();
    expect(await names()).toEqual(['杭州直播商贸1有限公司']);
    await search('直播账号', 'person-room-2');
    await page.locator('table.operators th', { hasText: '张2' }).waitFor();
    expect(await names()).toEqual(['张2']);
    expect(await page.locator('table.operators tbody td').nth(0).textContent()).toBe(PERSON_ID);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-search');
  });

  it('shows national offices who read personal data in full; a provincial office is not offered it and is refused', async () => {
    await ok('samr-zhejiang', OPERATORS, { filter: { name: '张2' } });
    const page = await (await b.context('samr-national')).newPage();
    await page.goto(`${b.url}#/access`);
    await page.getByRole('heading', { name: '个人信息访问日志' }).waitFor();
    const row = page.locator('table.access tbody tr[data-operation="liveRoomOperators"]').first();
    await row.waitFor();
    expect(await row.locator('th').textContent()).toContain('(samr/province/330000)');
    expect(await row.locator('.record-type').textContent()).toBe('LiveRoomOperator');
    expect(await page.getByRole('navigation').getByRole('link', { name: '个人信息访问日志' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'regulator-access');

    const province = await (await b.context('samr-zhejiang')).newPage();
    await province.goto(`${b.url}#/access`);
    await province.getByRole('alert').waitFor();
    expect(await province.locator('.refusal code').textContent()).toBe('FORBIDDEN');
    expect(await province.getByRole('navigation').getByRole('link', { name: '个人信息访问日志' }).count()).toBe(0);
  });
});
