/**
 * The console's platform journeys beyond the filing, in Debian's Chromium over mutual TLS: the notice inbox
 * answered in place (Art 22 ¶3, ¶4), the platform's own blacklist entries and appeals (Art 14 ¶2), and the
 * disposal-report form (Art 12 ¶3), each refusal shown next to the field the exchange names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { ADD, FILE_APPEAL, entryInput, residentId } from '../blacklist/fixtures.js';
import { ANSWER, SEND, unreachable } from '../case-cooperation/fixtures.js';
import { SUBMIT as REPORT, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

// Monday 20 July 2026, 10:00 in Shanghai.
const clock = new ManualClock(new Date('2026-07-20T02:00:00Z'));
const at = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
let fed: TestFederation;
let b: TBrowser;
let noticeId: string;
let appealedEntry: string;

const ok = async (slug: string, query: string, variables: Record<string, unknown>) => {
  const r = await fed.as(slug).query(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data;
};

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  noticeId = (await ok('samr-zhejiang', SEND, { input: unreachable() })).sendNotice.id;
  // 21 entries: one more than the page holds, so the list needs its second page.
  for (let i = 0; i < 21; i++) {
    const person = { name: `主播${i}`, number: residentId(`110105199001010${String(i).padStart(2, '0')}`) };
    const { addBlacklistEntry } = await ok('demo-platform', ADD, {
      input: entryInput({ key: `console-e${i}`, now: clock.now(), person }),
    });
    if (i === 0) appealedEntry = addBlacklistEntry.id;
  }
  await ok('demo-platform', FILE_APPEAL, {
    entryId: appealedEntry,
    input: { receivedAt: at(-0.1), grounds: '身份被冒用' },
  });
  b = await tBrowser(fed);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
});

describe('the console of a platform: notices, entries and disposal reports', () => {
  it('Art 22 ¶4: answers an unreachable-contact notice in place; a refused phone number is named next to its field', async () => {
    const page = await (await b.context('demo-platform')).newPage();
    await page.goto(`${b.url}#/notices`);
    await page.getByRole('heading', { name: '通知收件箱' }).waitFor();
    const card = page.locator(`article[data-notice="${noticeId}"]`);
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('无法联系通知: Not reachable at the habitual residence');
    const stored = (await ok('demo-platform', `{ notice(id: "${noticeId}") { dueDate } }`, {})).notice;
    expect(await card.locator('.due').textContent()).toBe(stored.dueDate);
    expect(await card.locator('.status').textContent()).toBe('已发送');
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: '答复: Not reachable at the habitual residence' }).click();
    const form = card.getByRole('form', { name: '答复通知' });
    await form.getByLabel('当事人已更新联系方式（第二十二条第四款）', { exact: true }).selectOption('yes');
    await form.getByLabel('电话').fill('not a phone');
    await form.getByRole('button', { name: '答复' }).click();
    const problem = form.locator('[data-field="input.updatedContact.phone"] .field-problem');
    await problem.waitFor();
    const api = await fed.as('demo-platform').query(ANSWER, {
      id: noticeId,
      input: { contactUpdated: true, updatedContact: { phone: 'not a phone' } },
    });
    const reason = api.body.errors![0].extensions!.problems.find(
      (p: { path: string }) => p.path === 'input.updatedContact.phone',
    ).reason;
    expect(await problem.textContent()).toBe(reason);
    expect(await form.getByLabel('电话').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-field="input.data"] .field-problem').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-notices');

    await form.getByLabel('电话').fill('13800138000');
    await form.getByRole('button', { name: '答复' }).click();
    await card.locator('.status', { hasText: '已办结' }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    const after = (await ok('samr-zhejiang', `{ notice(id: "${noticeId}") { status answers { contactUpdated } } }`, {}))
      .notice;
    expect(after).toEqual({ status: 'CLOSED', answers: [{ contactUpdated: true }] });
  });

  it('Art 14 ¶2: lists its own entries a page at a time, each with its appeals', async () => {
    const page = await (await b.context('demo-platform')).newPage();
    await page.goto(`${b.url}#/entries`);
    await page.getByRole('heading', { name: '我方黑名单与申诉' }).waitFor();
    const rows = page.locator('table.entries tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: '加载更多' }).click();
    await rows.nth(20).waitFor();
    expect(await rows.count()).toBe(21);
    expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    const appealed = page.locator(`tr[data-entry="${appealedEntry}"]`);
    expect(await appealed.locator('th').textContent()).toBe('主播0');
    expect(await appealed.locator('.status').textContent()).toBe('申诉中');
    expect(await appealed.locator('.appeal-status').textContent()).toBe('待决定');
    expect(await appealed.locator('.appeal').textContent()).toContain('身份被冒用');
    expect(await page.locator('tr[data-entry] .appeal').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-entries');
  });

  it('Art 12 ¶3: the disposal-report form names each refused field next to it, then files the report on the Shanghai clock', async () => {
    const page = await (await b.context('demo-platform')).newPage();
    await page.goto(`${b.url}#/new-report`);
    await page.getByRole('heading', { name: '报告处置措施' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('企业名称').fill('福州某某商贸有限公司');
    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y40'); // wrong check character
    await page.getByLabel('直播账号').fill('fz-live-01');
    await page.getByLabel('实际经营地区划代码').fill('350102');
    await page.getByLabel('开始时间').fill('2026-07-19T10:00');
    await page.getByLabel('依据（法律法规或平台规则）').fill('中华人民共和国广告法');
    await page.getByLabel('条款').fill('第十七条');
    await page.getByLabel('作出处置决定的时间').fill('2026-07-19T10:00');
    await page.getByRole('button', { name: '提交处置报告' }).click();
    await page.getByRole('alert').waitFor();

    const api = await fed.as('demo-platform').query(REPORT, {
      input: tInput('console-refused', {
        subject: { ...tInput('x').subject, business: { name: '福州某某商贸有限公司', uscc: '91350100M000100Y40' } },
        measures: [{ type: 'WARNING', startsAt: at(-1) }],
        facts: '',
        decidedAt: at(-1),
      }),
    });
    const reasons = new Map<string, string>(
      api.body.errors![0].extensions!.problems.map((p: { path: string; reason: string }) => [p.path, p.reason]),
    );
    for (const path of ['input.subject.business.uscc', 'input.facts']) {
      const shown = page.locator(`[data-field="${path}"] .field-problem`);
      expect(await shown.textContent(), path).toBe(reasons.get(path));
    }
    expect(await page.locator('[data-field="input.decidedAt"] .field-problem').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-report');

    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
    await page.getByLabel('违法违规事实').fill('直播中对普通食品宣称疾病治疗功能');
    await page.getByRole('button', { name: '提交处置报告' }).click();
    const saved = page.locator('p.saved');
    await saved.waitFor();
    expect(await page.locator('.field-problem').count()).toBe(0);
    const id = await saved.getAttribute('data-report');
    const stored = (
      await ok('demo-platform', `{ disposalReport(id: "${id}") { decidedAt facts subject { business { uscc } } } }`, {})
    ).disposalReport;
    // Typed as 10:00 in Shanghai although the browser runs in New York.
    expect(stored).toEqual({
      decidedAt: '2026-07-19T02:00:00.000Z',
      facts: '直播中对普通食品宣称疾病治疗功能',
      subject: { business: { uscc: '91350100M000100Y43' } },
    });
    expect(await page.locator('tr.receipt td').first().textContent()).toBe('disposalReport.submit');
  });
});
