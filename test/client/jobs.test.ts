import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, decodeReceipt, LsgwClient } from '../../client/index.js';
import { DAY, entryInput, residentId } from '../blacklist/fixtures.js';
import { unreachable, violation } from '../case-cooperation/fixtures.js';
import { businessOperator, streamer, uscc } from '../identity-registry/fixtures.js';
import { measure, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { residentIds, tClients } from './support.js';

/** Every job method of LsgwClient, through the gateway over mTLS, as the member whose job it is. */
let fed: TestFederation;
let as: (slug: string) => LsgwClient;
let close: () => Promise<unknown>;
const NOW = new Date();

beforeAll(async () => {
  fed = await startTestFederation();
  const c = tClients(fed);
  as = (slug) => c.as(slug);
  close = c.closeAll;
}, 120_000);
afterAll(async () => {
  await close?.();
  await fed?.close();
});

describe('file (Art 9)', () => {
  it('opens, adds a batch, submits, reads; the office sees compliance, searches and acknowledges', async () => {
    const platform = as('demo-platform');
    const filing = await platform.openFiling('2026-07');
    expect(filing.status).toBe('OPEN');
    const batch = {
      filingId: filing.id,
      batchNo: 1,
      operators: [businessOperator(1)],
      streamers: [streamer(1, residentId('33010619900101123'), [{ uscc: uscc(1), liveAccountId: 'room-1' }])],
    } as Parameters<LsgwClient['addFilingBatch']>[0];
    expect(await platform.addFilingBatch(batch)).toMatchObject({
      batchNo: 1,
      operatorCount: 1,
      streamerCount: 1,
      replayed: false,
    });
    const again = await platform.addFilingBatch(batch);
    expect(again.replayed).toBe(true);
    expect(decodeReceipt(again.receipt!).log.logId).toMatch(/identity-registry/);
    const sealed = await platform.submitFiling(filing.id);
    expect(sealed).toMatchObject({ status: 'SUBMITTED', operatorCount: 1, streamerCount: 1 });
    expect((await platform.filing(filing.id))?.digest).toBe(sealed.digest);
    expect((await platform.submitFiling(filing.id)).receipt).toBe(sealed.receipt); // idempotent: the first receipt
    expect((await collect(platform.filings({ period: '2026-07' }))).map((f) => f.id)).toEqual([filing.id]);

    const office = as('samr-zhejiang');
    const rows = await office.filingCompliance('2026-07');
    expect(rows.find((r) => r.platform.uscc === '91330106MA27XXXXX0')?.filing?.id).toBe(filing.id);
    expect((await collect(office.searchOperators({ uscc: uscc(1) }))).map((o) => o.name)).toEqual([
      '杭州直播商贸1有限公司',
    ]);
    expect((await collect(office.searchStreamers({ name: '李1' }))).map((s) => s.idDocument.number)).toEqual([
      residentId('33010619900101123'),
    ]);
    expect((await office.acknowledgeFiling(filing.id)).status).toBe('ACKNOWLEDGED');
  });
});

describe('report, acknowledge and receipts (Art 12)', () => {
  it('submits with a receipt, replays it, amends, lifts; the province sees it pending and acknowledges it', async () => {
    const platform = as('demo-platform');
    const input = tInput('client-severe', { measures: [measure('LIVE_SUSPENSION'), measure('ACCOUNT_CLOSURE')] });
    const report = await platform.submitDisposalReport(input as any);
    expect(report.severe).toBe(true);
    const again = await platform.submitDisposalReport(input as any);
    expect([again.id, again.receipt]).toEqual([report.id, report.receipt]);
    const claims = decodeReceipt(report.receipt!);
    expect(claims.log.logId).toMatch(/penalty-reports/);
    const [leaf] = await platform.evidenceEntries('penaltyReports', claims.log.leafIndex, 1);
    expect(leaf).toMatchObject({ leafIndex: claims.log.leafIndex, leafHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const amended = await platform.amendDisposalReport(
      report.id,
      { ...input, facts: '更正后的事实' } as any,
      '更正事实',
    );
    expect(amended.version).toBe(2);
    const lifted = await platform.liftMeasure({
      reportId: report.id,
      measure: 'LIVE_SUSPENSION',
      liftedAt: new Date().toISOString(),
      reason: '整改完成',
    });
    expect(lifted.measures.find((m) => m.type === 'LIVE_SUSPENSION')?.lifted).toBe(true);
    expect((await collect(platform.disposalReports())).map((r) => r.id)).toContain(report.id);

    const samr = as('samr-zhejiang');
    const pending = await collect(samr.disposalReports({ awaitingMyAcknowledgement: true }));
    expect(pending.map((r) => r.id)).toContain(report.id);
    expect((await samr.acknowledgeDisposalReport(report.id)).awaitingMyAcknowledgement).toBe(false);
    expect((await samr.disposalReport(report.id))?.facts).toBe('更正后的事实');

    const heads = await platform.evidenceHeads();
    expect(heads.penaltyReports.treeHead.size).toBeGreaterThan(claims.log.leafIndex);
    const proof = await platform.penaltyReportsInclusionProof(claims.log.leafIndex, heads.penaltyReports.treeHead.size);
    expect(proof).toMatchObject({ leafIndex: claims.log.leafIndex, treeSize: heads.penaltyReports.treeHead.size });
  });
});

describe('blacklist (Art 14)', () => {
  it('lists, records and decides an appeal, removes; a peer checks any number of subjects in input order', async () => {
    const platform = as('demo-platform');
    const listed = residentId('33010619850101123');
    const entry = await platform.addBlacklistEntry(
      entryInput({ key: 'client-1', now: NOW, person: { name: '王五', number: listed } }) as any,
    );
    expect(entry.status).toBe('ACTIVE');
    expect(decodeReceipt(entry.receipt!).log.logId).toMatch(/blacklist/);
    expect((await collect(platform.blacklistEntries())).map((e) => e.id)).toContain(entry.id);

    const subjects = residentIds(2500).map((documentNumber) => ({
      documentType: 'RESIDENT_ID' as const,
      documentNumber,
    }));
    subjects[1700] = { documentType: 'RESIDENT_ID', documentNumber: listed };
    const peer = as('demo-platform-b');
    const chunks = await collect(peer.blacklistCheckAll(subjects, 'ONBOARDING'));
    expect(chunks.map((c) => [c.start, c.results.length])).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 500],
    ]);
    const flags = chunks.flatMap((c) => c.results.map((r) => r.listed));
    expect(flags.flatMap((f, i) => (f ? [i] : []))).toEqual([1700]);
    expect((await collect(peer.checkLog())).length).toBe(2500);

    const appeal = await platform.fileAppeal(entry.id, {
      receivedAt: new Date(NOW.getTime() - DAY / 2).toISOString(),
      grounds: '身份被冒用',
    });
    expect(appeal.status).toBe('FILED');
    const decided = await platform.decideAppeal({
      appealId: appeal.id,
      outcome: 'UPHELD',
      reason: '证据充分',
      subjectToldAt: new Date().toISOString(),
      subjectToldChannel: '站内信',
    });
    expect(decided.status).toBe('UPHELD');
    expect((await platform.removeBlacklistEntry(entry.id, '提前移出')).status).toBe('REMOVED');
  });
});

describe('notices and leads (Art 12 ¶2, 21, 22, 46)', () => {
  it('an office sends, the platform acknowledges, reminds and answers, the office closes', async () => {
    const samr = as('samr-zhejiang');
    const platform = as('demo-platform');
    const notice = await samr.sendNotice(violation({ summary: 'client job: violation' }) as any);
    expect(notice.status).toBe('SENT');
    expect(decodeReceipt(notice.receipt!).log.logId).toMatch(/case-cooperation/);
    expect((await platform.acknowledgeNotice(notice.id)).status).toBe('ACKNOWLEDGED');
    const answered = await platform.answerNotice(notice.id, { data: { handled: true }, contactUpdated: false });
    expect(answered.status).toBe('ANSWERED');
    expect((await collect(platform.notices({ status: ['ANSWERED'] }))).map((n) => n.id)).toContain(notice.id);
    expect((await samr.closeNotice(notice.id, 'handled')).status).toBe('CLOSED');
    expect((await platform.notice(notice.id))?.outcome).toBe('handled');

    const contact = await samr.sendNotice(unreachable() as any);
    const reminded = await platform.recordReminder(contact.id, new Date().toISOString(), '短信');
    expect(reminded.status).toBe('REMINDED');
    expect(await collect(samr.notices({ overdue: true }))).toEqual([]);

    // Art 22 ¶4: the update reaches the sending office, which reads it on the notice.
    const updatedContact = {
      phone: '13800000000',
      email: null,
      address: { regionCode: '330108', detail: '滨江区某路8号' },
    };
    const updated = await platform.answerNotice(contact.id, { contactUpdated: true, updatedContact });
    expect(updated.status).toBe('CLOSED');
    expect((await samr.notice(contact.id))?.answers).toEqual([{ ...updated.answers[0], updatedContact }]);
    expect((await platform.notice(contact.id))?.answers[0].updatedContact).toBeNull();

    // What changed since the update: that notice alone, at its last change.
    const changed = await collect(platform.noticeChanges(updated.updatedAt));
    expect(changed.map((n) => [n.id, n.status])).toEqual([[contact.id, 'CLOSED']]);
  });

  it('an office transfers a lead and the other office accepts it', async () => {
    const lead = await as('samr-zhejiang').transferLead({
      to: { authority: 'CAC', level: 'PROVINCE', region: '330000' },
      summary: '网络直播虚假宣传线索',
    });
    expect(lead.status).toBe('PENDING');
    const cac = as('cac-zhejiang');
    expect((await collect(cac.leads({ direction: 'RECEIVED' }))).map((l) => l.id)).toContain(lead.id);
    expect((await cac.decideLead(lead.id, 'ACCEPT')).status).toBe('ACCEPTED');
  });

  it('a national office reads who read personal data in full, per service', async () => {
    const records = await collect(as('samr-national').accessLog('identityRegistry'));
    expect(records.some((r) => r.principalOrg === 'samr/province/330000' && r.recordType === 'LiveStreamer')).toBe(
      true,
    );
  });
});
