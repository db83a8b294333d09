/**
 * The console as a platform's compliance officer uses it, in Debian's Chromium over mutual TLS: the
 * period's filing with its status and receipt (Art 9), the peer check of a pasted list (Art 14 ¶3), and what a
 * browser without a member certificate, or a platform on a regulator's page, gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { ADD_BATCH, businessOperator, residentId } from '../identity-registry/fixtures.js';
import { ADD, CHECK, DEMO_B, entryInput } from '../blacklist/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { countGraphQL, seriousViolations, snap, tBrowser, type TBrowser } from './browser.js';

// 10:00 on 20 July in Shanghai: the 2026-07 period is the current one, and a submission now is on time.
const NOW = '2026-07-20T02:00:00Z';
const clock = new ManualClock(new Date(NOW));
let fed: TestFederation;
let b: TBrowser;

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  b = await tBrowser(fed);
}, 180_000);
afterAll(async () => {
  await b?.close();
  await fed?.close();
});

describe('the console without a member certificate', () => {
  it('answers 401 and serves nothing of the console', async () => {
    const page = await (await b.context()).newPage();
    const res = await page.goto(b.url);
    expect(res?.status()).toBe(401);
    expect(await page.textContent('body')).toContain('needs a member certificate');
    expect(await page.locator('script').count()).toBe(0);
    const asset = await page.request.get(`${b.url}assets/anything.js`);
    expect(asset.status()).toBe(401);
  });
});

describe('the console of a platform', () => {
  it('is served with a strict CSP, its content types and cache headers, and loads nothing from elsewhere', async () => {
    const ctx = await b.context('demo-platform');
    const page = await ctx.newPage();
    const origins = new Set<string>();
    page.on('request', (r) => void origins.add(new URL(r.url()).origin));
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    const res = await page.goto(b.url);
    const h = res!.headers();
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['cache-control']).toBe('no-store');
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['content-security-policy']).toContain("script-src 'self'");
    expect(h['content-security-policy']).toContain("connect-src 'self'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe');
    const src = await page.locator('script[type=module]').getAttribute('src');
    expect(src).toMatch(/^\/console\/assets\/index-[\w-]+\.js$/);
    const js = await ctx.request.get(new URL(src!, b.url).href);
    expect(js.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers()['cache-control']).toContain('immutable');
    await page.getByRole('heading', { name: '本期报送' }).waitFor();
    expect([...origins]).toEqual([new URL(b.url).origin]);
    // Nothing the policy refused (an inline script or style would be reported here), and no script error.
    expect(errors).toEqual([]);
  });

  it('Art 9: opens the period’s filing, shows its status, submits it and keeps the receipt', async () => {
    const page = await (await b.context('demo-platform')).newPage();
    await page.clock.setFixedTime(NOW);
    await page.goto(b.url);
    await page.getByRole('heading', { name: '本期报送' }).waitFor();
    expect(await page.locator('.period').textContent()).toBe('2026-07');
    await page.getByText('本期尚未开启报送。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '开启本期报送' }).click();
    const card = page.locator('section.filing');
    await card.locator('.field-status dd', { hasText: '已开启未提交' }).waitFor();
    const filingId = await card.getAttribute('data-filing');

    // A batch as the CLI uploads it; the page shows what the exchange holds.
    const batch = await fed.as('demo-platform').query(ADD_BATCH, {
      filingId,
      batchNo: 1,
      operators: [businessOperator(1)],
      streamers: [],
    });
    expect(batch.body.errors).toBeUndefined();
    await page.reload();
    await card.locator('.field-batches dd', { hasText: '1' }).waitFor();
    expect(await card.locator('.field-operators dd').textContent()).toBe('1');

    await page.getByRole('button', { name: '提交本期报送' }).click();
    await card.locator('.field-status dd', { hasText: '已提交 · 按时' }).waitFor();
    // 02:00 UTC, shown at 10:00 Asia/Shanghai although the browser runs in New York.
    expect(await card.locator('.field-submittedAt dd').textContent()).toMatch(/2026年7月20日.*10:00/);
    expect(await card.locator('.field-digest dd').textContent()).toMatch(/^[0-9a-f]{64}$/);
    // Every receipt the exchange holds for the filing: the batch the CLI sent and the submission.
    const receipt = page.locator('tr.receipt', { hasText: 'filing.submit' });
    await receipt.waitFor();
    const kinds = await page.locator('tr.receipt td:first-child').allTextContents();
    expect(kinds.sort()).toEqual(['filing.batch', 'filing.submit']);
    expect(await receipt.locator('a').getAttribute('href')).toMatch(/^blob:/);
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-filing');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'This period’s filing' }).waitFor();
    expect(await card.locator('.field-status dd').textContent()).toBe('Submitted · On time');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('Art 14 ¶3: checks a pasted list, one result a line, and names a refused line next to it', async () => {
    const listed = residentId('11010519491231002');
    const add = await fed
      .as('demo-platform-b')
      .query(ADD, { input: entryInput({ key: 'console-1', now: clock.now(), share: true }) });
    expect(add.body.errors).toBeUndefined();
    const page = await (await b.context('demo-platform')).newPage();
    await page.goto(`${b.url}#/check`);
    await page.getByRole('heading', { name: '黑名单核验' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('待核验名单', { exact: false }).fill(`${listed}\n${residentId('33010619950505234')}`);
    await page.getByRole('button', { name: '核验' }).click();
    const rows = page.locator('table.check-results tbody tr');
    await rows.first().locator('.result', { hasText: '在黑名单中' }).waitFor();
    expect(await rows.nth(0).textContent()).toContain(DEMO_B.name);
    expect(await rows.nth(1).locator('.result').textContent()).toBe('未列入');
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, 'platform-check');

    await page.getByLabel('待核验名单', { exact: false }).fill(`${listed}\n110105194912310021`);
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByRole('alert').waitFor();
    const problem = rows.nth(1).locator('.field-problem');
    expect(await problem.getAttribute('data-path')).toBe('subjects[1]');
    const api = await fed.as('demo-platform').query(CHECK, {
      subjects: [{ documentType: 'RESIDENT_ID', documentNumber: '110105194912310021' }],
      purpose: 'ONBOARDING',
    });
    const reason = api.body.errors![0].extensions!.problems[0].reason;
    expect(reason).toBeTruthy();
    expect(await problem.textContent()).toBe(reason);
    await snap(page, 'platform-check-refused');
    expect(await rows.nth(0).locator('.field-problem').count()).toBe(0);
  });

  it('cannot reach a regulator’s page: the exchange says it is a platform, and the page says so', async () => {
    const page = await (await b.context('demo-platform')).newPage();
    const ops = countGraphQL(page);
    await page.goto(`${b.url}#/home`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('此页面仅供监管部门使用');
    expect(await alert.textContent()).toContain('91330106MA27XXXXX0');
    expect(ops).toEqual(['Viewer']);
    expect(await page.locator('nav a:not(.explorer-link)').allTextContents()).toEqual([
      '本期报送',
      '上传报送文件',
      '黑名单核验',
      '通知收件箱',
      '我方黑名单与申诉',
      '报告处置措施',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
