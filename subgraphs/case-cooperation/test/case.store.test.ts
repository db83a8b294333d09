import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { pageOf } from '../../../lib/pagination.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { ManualClock } from '../../../lib/clock.js';
import { subgraph } from '../src/server.js';
import { NoticeRepository } from '../src/store/notice.repository.js';
import { LeadRepository } from '../src/store/lead.repository.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { defaultReceiptKeyPath, loadReceiptKeys } from '../../../lib/evidence/keys.js';
import { evidenceFact } from '../../../lib/evidence/fact.js';
import { EvidenceLog } from '../../../lib/store/evidence-log.js';
import { NoticeService } from '../src/domain/notice.service.js';
import { LeadService } from '../src/domain/lead.service.js';
import { noticeListScope } from '../src/domain/notice.access.js';
import {
  MONDAY,
  OTHER_USCC,
  PLATFORM_USCC,
  RESIDENT_ID,
  assistanceInput,
  calendar,
  countySamr,
  office,
  platform,
  shanghai,
  unreachableInput,
  violationInput,
} from './fixtures/case.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
const provinceSamr = office('samr', 'province', '350000');
const otherCounty = office('samr', 'county', '350103');
const cac = office('cac', 'province', '350000');

for (const driver of enabledDrivers()) {
  describe(`case-cooperation store on ${driver.name}`, () => {
    let t: TestDatabase;
    let notices: NoticeRepository;
    let svc: NoticeService;
    let leads: LeadService;
    let log: EvidenceLog;
    const clock = new ManualClock(MONDAY);

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      const keys = loadReceiptKeys(
        defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'case-cooperation'),
      );
      log = new EvidenceLog(t.db, { logId: 'lsgw/case-cooperation', keys, clock });
      notices = new NoticeRepository(t.db, pii, log);
      const accessLog = accessLogWriter(t.db);
      svc = new NoticeService({ store: notices, calendar, clock, newId: () => newId(), accessLog });
      leads = new LeadService({
        store: new LeadRepository(t.db, pii, log),
        notices,
        clock,
        newId: () => newId(),
        accessLog,
      });
    });
    afterAll(() => t?.drop());

    it('stores a notice with its personal data sealed and reads it back whole', async () => {
      const sent = await svc.send(countySamr, unreachableInput());
      const raw = await t.db.query('SELECT * FROM notice WHERE id = ?', [sent.id]);
      expect(JSON.stringify(raw)).not.toContain(RESIDENT_ID);
      expect(JSON.stringify(raw)).not.toContain('鼓楼区');
      // The stored notice is the one sent; the receipt belongs to the write's result, and holds no personal data.
      expect(Buffer.from(sent.receipt!.split('.')[1], 'base64url').toString()).not.toContain(RESIDENT_ID);
      const back = await notices.byId(sent.id);
      expect(back?.value).toEqual({ ...sent, receipt: undefined });
      expect(back?.version).toBe(1);
    });

    it('appends answers in the same write as the status change and keeps them in order', async () => {
      const sent = await svc.send(countySamr, violationInput());
      const me = platform();
      await svc.answer(me, sent.id, { data: { measures: ['WARNING'] } });
      await svc.answer(me, sent.id, {
        disposalReportIds: ['r-1', 'r-2'],
        attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', size: 10, sha256: 'A'.repeat(64) }],
      });
      const back = (await notices.byId(sent.id))!;
      expect(back.value.status).toBe('ANSWERED');
      expect(back.value.answers.map((a) => a.seq)).toEqual([1, 2]);
      expect(back.value.answers[0].data).toEqual({ measures: ['WARNING'] });
      expect(back.value.answers[1]).toMatchObject({
        disposalReportIds: ['r-1', 'r-2'],
        attachments: [{ sha256: 'a'.repeat(64) }],
      });
      expect(back.version).toBe(3);
    });

    it('refuses an update from a stale version and writes nothing, not even its evidence leaf', async () => {
      const sent = await svc.send(countySamr, violationInput());
      const read = (await notices.byId(sent.id))!;
      const fact = (recordId: string) =>
        evidenceFact(platform(), ['notice.test', recordId], '0'.repeat(64), clock.now());
      const acked = await notices.update({ ...read.value, status: 'ACKNOWLEDGED' }, read.version, {
        fact: fact(`${sent.id}/1`),
      });
      expect(acked?.receipt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      const leaves = await log.size();
      const stale = { ...read.value, status: 'CLOSED' as const };
      const answer = {
        answer: {
          seq: 1,
          answeredAt: MONDAY,
          data: { x: 1 },
          attachments: [],
          disposalReportIds: [],
          contactUpdated: false,
          updatedContact: null,
        },
        idempotencyKey: null,
        digest: null,
      };
      expect(await notices.update(stale, read.version, { fact: fact(`${sent.id}/2`), appended: answer })).toBeNull();
      const now = (await notices.byId(sent.id))!;
      expect(now.value.status).toBe('ACKNOWLEDGED');
      expect(now.value.answers).toEqual([]);
      expect(await log.size()).toBe(leaves);
    });

    it('lets one of two racing acknowledgements win and refuses the other, naming the new status', async () => {
      const sent = await svc.send(countySamr, violationInput());
      const results = await Promise.allSettled([
        svc.acknowledge(platform(), sent.id),
        svc.acknowledge(platform(), sent.id),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'CONFLICT', details: { currentStatus: 'ACKNOWLEDGED' } });
    });

    it('keeps both of two racing answers, numbered one after the other', async () => {
      const sent = await svc.send(countySamr, violationInput());
      await Promise.all([
        svc.answer(platform(), sent.id, { data: { a: 1 } }),
        svc.answer(platform(), sent.id, { data: { b: 2 } }),
      ]);
      const answers = (await notices.byId(sent.id))!.value.answers;
      expect(answers.map((a) => a.seq)).toEqual([1, 2]);
      expect(answers.map((a) => a.data)).toEqual(expect.arrayContaining([{ a: 1 }, { b: 2 }]));
    });

    it('returns the first notice for a retried idempotency key and refuses the key with other content', async () => {
      const first = await svc.send(countySamr, violationInput({ idempotencyKey: 'case-42' }));
      const again = await svc.send(countySamr, violationInput({ idempotencyKey: 'case-42' }));
      expect(again.id).toBe(first.id);
      await expect(
        svc.send(countySamr, violationInput({ idempotencyKey: 'case-42', summary: 'other' })),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      // Keys are per sending office.
      expect((await svc.send(otherCounty, violationInput({ idempotencyKey: 'case-42' }))).id).not.toBe(first.id);
    });

    it('lists what each caller may see, newest first, page by page', async () => {
      const mine = await svc.send(otherCounty, violationInput({ platformUscc: OTHER_USCC }));
      const byCac = await svc.send(cac, violationInput());
      const ids = async (p: typeof countySamr, filter = {}, first = 100) =>
        (await svc.list(p, filter, pageOf({ first }))).map((n) => n.id);
      expect(await ids(otherCounty)).toContain(mine.id);
      expect(await ids(countySamr)).not.toContain(mine.id);
      expect(await ids(provinceSamr)).toContain(mine.id);
      expect(await ids(provinceSamr)).not.toContain(byCac.id);
      expect(await ids(cac)).toEqual([byCac.id]);
      expect(await ids(platform(OTHER_USCC, '110105'))).toEqual([mine.id]);
      const all = await ids(provinceSamr);
      expect([...all].sort().reverse()).toEqual(all);
      const p1 = await svc.list(provinceSamr, {}, pageOf({ first: 2 }));
      const p2 = await svc.list(provinceSamr, {}, { ...pageOf({ first: 2 }), after: p1[1].id });
      expect([...p1.slice(0, 2), ...p2.slice(0, 2)].map((n) => n.id)).toEqual(all.slice(0, 4));
    });

    it('filters by kind, status, platform and overdue at the clock instant', async () => {
      const s = office('samr', 'county', '350104');
      const reminder = await svc.send(s, unreachableInput());
      const request = await svc.send(s, assistanceInput());
      const ids = async (filter: object) => (await svc.list(s, filter, pageOf({ first: 100 }))).map((n) => n.id);
      expect(await ids({ kind: 'UNREACHABLE_CONTACT' })).toEqual([reminder.id]);
      expect(await ids({ overdue: true })).toEqual([]);
      clock.set(shanghai('2026-03-07T00:00:01')); // the request was due 2026-03-06; the reminder 03-09
      expect(await ids({ overdue: true })).toEqual([request.id]);
      expect(await ids({ overdue: false })).toEqual([reminder.id]);
      await svc.acknowledge(platform(), request.id);
      expect(await ids({ overdue: true, status: ['ACKNOWLEDGED'] })).toEqual([request.id]);
      await svc.answer(platform(), request.id, { data: { rows: [] } });
      expect(await ids({ overdue: true })).toEqual([]);
      expect(await ids({ platformUscc: OTHER_USCC })).toEqual([]);
      expect(await ids({ platformUscc: PLATFORM_USCC.toLowerCase() })).toHaveLength(2);
      clock.set(MONDAY);
    });

    it('counts a platform notices within the caller scope', async () => {
      const uscc = PLATFORM_USCC;
      const total = await notices.count(noticeListScope(platform()), uscc);
      expect(total).toBeGreaterThan(3);
      expect(await notices.count(noticeListScope(office('samr', 'county', '350104')), uscc)).toBe(2);
      expect(await svc.countForPlatform(platform(OTHER_USCC), uscc)).toBeNull();
    });

    it('logs every regulator read of a notice or lead, and no platform read', async () => {
      const n = await svc.send(countySamr, violationInput());
      const reads = async () =>
        (
          (await t.db.query(
            'SELECT principal_org, operation, record_type, record_ids FROM access_log ORDER BY at, id',
          )) as any[]
        )
          .filter((r) => JSON.parse(r.record_ids).includes(n.id))
          .map((r) => ({ reader_org: r.principal_org, operation: r.operation, record_kind: r.record_type }))
          .sort((a, b) => a.operation.localeCompare(b.operation));
      expect(await reads()).toEqual([]);
      await svc.get(provinceSamr, n.id);
      await svc.get(platform(), n.id);
      await svc.get(otherCounty, n.id); // cannot see it: nothing read, nothing logged
      await svc.list(countySamr, {}, pageOf({ first: 500 }));
      expect(await reads()).toEqual([
        { reader_org: 'samr/province/350000', operation: 'notice', record_kind: 'Notice' },
        { reader_org: 'samr/county/350102', operation: 'notices', record_kind: 'Notice' },
      ]);
    });

    it('stores leads, lists them per side and decides each once', async () => {
      const related = await svc.send(countySamr, violationInput());
      const lead = await leads.transfer(countySamr, {
        to: { authority: 'cac', level: 'province', region: '350000' },
        summary: 'Livestream misleading ads; platform data attached',
        subjects: [violationInput().subjects[0]],
        relatedNoticeIds: [related.id],
        idempotencyKey: 'lead-1',
      });
      expect(
        (
          await leads.transfer(countySamr, {
            to: { authority: 'cac', level: 'province', region: '350000' },
            summary: 'Livestream misleading ads; platform data attached',
            subjects: [violationInput().subjects[0]],
            relatedNoticeIds: [related.id],
            idempotencyKey: 'lead-1',
          })
        ).id,
      ).toBe(lead.id);
      const raw = await t.db.query('SELECT * FROM lead WHERE id = ?', [lead.id]);
      expect(JSON.stringify(raw)).not.toContain(RESIDENT_ID);
      const page = pageOf({ first: 10 });
      expect((await leads.list(cac, { direction: 'RECEIVED' }, page)).map((l) => l.id)).toEqual([lead.id]);
      expect(await leads.list(cac, { direction: 'SENT' }, page)).toEqual([]);
      expect((await leads.list(countySamr, {}, page)).map((l) => l.id)).toEqual([lead.id]);
      expect(await leads.list(provinceSamr, {}, page)).toEqual([]);
      const decided = await leads.decide(cac, lead.id, { decision: 'DECLINE', reason: 'Not within CAC remit' });
      expect(await leads.get(countySamr, lead.id)).toEqual({ ...decided, receipt: undefined });
      await expect(leads.decide(cac, lead.id, { decision: 'ACCEPT' })).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { currentStatus: 'DECLINED' },
      });
      expect((await leads.list(cac, { status: 'DECLINED' }, page)).map((l) => l.id)).toEqual([lead.id]);
    });
  });
}
