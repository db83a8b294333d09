import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { defaultReceiptKeyPath, loadReceiptKeys, type ReceiptKeys } from '../../../lib/evidence/keys.js';
import { verifyReceipt } from '../../../lib/evidence/receipt.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { EvidenceLog } from '../../../lib/store/evidence-log.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import type { NoticeInput } from '../src/domain/notice.js';
import { NoticeService } from '../src/domain/notice.service.js';
import { SummonsService } from '../src/domain/summons.service.js';
import { subgraph } from '../src/server.js';
import { NoticeRepository } from '../src/store/notice.repository.js';
import { MONDAY, PLATFORM_USCC, calendar, countySamr, platform } from './fixtures/case.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });
const keys = loadReceiptKeys(defaultReceiptKeyPath(mkdtempSync(join(tmpdir(), 'lsgw-keys-')), 'case-cooperation'));
/** A key that cannot sign: the write must not be stored without its leaf. */
const broken: ReceiptKeys = {
  jwks: keys.jwks,
  signer: { kid: keys.signer.kid, sign: () => Promise.reject(new Error('the receipt key is unavailable')) },
};
const HOUR = 3_600_000;
const MEETING = new Date(MONDAY.getTime() + 72 * HOUR);
const LINK = 'https://meet.example.gov.cn/r/secret-room';

const summonsInput = (): NoticeInput =>
  ({
    kind: 'SUMMONS',
    platformUscc: PLATFORM_USCC,
    summary: '约谈平台有关责任人',
    subjects: [],
    summons: { grounds: ['RISK_TO_MARKET_ORDER'], meetingAt: MEETING, onlineLink: LINK, matters: ['直播间审核'] },
  }) as NoticeInput;

for (const driver of enabledDrivers()) {
  describe(`case-cooperation summons on ${driver.name}`, () => {
    let t: TestDatabase;
    const clock = new ManualClock(MONDAY);
    let log: EvidenceLog;
    const services = (l: EvidenceLog) => {
      const store = new NoticeRepository(t.db, pii, l);
      const notices = new NoticeService({
        store,
        calendar,
        clock,
        newId: () => newId(),
        accessLog: { append: async () => {} },
      });
      return { notices, summons: new SummonsService(notices), store };
    };

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      log = new EvidenceLog(t.db, { logId: 'lsgw/case-cooperation', keys, clock });
    });
    afterAll(() => t?.drop());

    it('Art 52: keeps the meeting, the attendance and the written account sealed, and reads them back whole', async () => {
      const { notices, summons, store } = services(log);
      const sent = await notices.send(countySamr, summonsInput());
      clock.advance(HOUR);
      await summons.confirmAttendance(platform(), sent.id, {
        attendees: [{ role: 'DEPARTMENT_HEAD', title: '合规总监' }],
      });
      const answered = await notices.answer(platform(), sent.id, {
        summonsAccount: { account: '逐一排查涉事直播间', rectification: '上线事前审核' },
      });
      const raw = JSON.stringify([
        await t.db.query('SELECT * FROM notice WHERE id = ?', [sent.id]),
        await t.db.query('SELECT * FROM notice_answer WHERE notice_id = ?', [sent.id]),
      ]);
      for (const secret of [LINK, '合规总监', '逐一排查', '上线事前审核', '直播间审核'])
        expect(raw).not.toContain(secret);
      const back = (await store.byId(sent.id))!.value;
      expect(back.summons).toEqual(answered.summons);
      expect(back.summons!.attendance!.confirmedAt).toEqual(new Date(MONDAY.getTime() + HOUR));
      expect(back.answers[0].summonsAccount).toEqual({ account: '逐一排查涉事直播间', rectification: '上线事前审核' });
    });

    it('Art 52: a record of the meeting whose leaf cannot be written is not stored; racing retries write it once', async () => {
      const { notices, summons } = services(log);
      const failing = services(new EvidenceLog(t.db, { logId: 'lsgw/case-cooperation', keys: broken, clock })).summons;
      const sent = await notices.send(countySamr, summonsInput());
      clock.set(new Date(MEETING.getTime() + HOUR));
      const input = { outcome: 'NOT_ATTENDED', note: '未到场' };
      await expect(failing.recordOutcome(countySamr, sent.id, input)).rejects.toThrow(/unavailable/);
      expect((await notices.get(countySamr, sent.id))!.summons!.outcomes).toEqual([]);

      const results = await Promise.all([1, 2, 3].map(() => summons.recordOutcome(countySamr, sent.id, input)));
      expect(new Set(results.map((n) => n.receipt)).size).toBe(1);
      const r = await verifyReceipt(results[0].receipt!, log.jwks);
      expect(r).toMatchObject({ kind: 'notice.summons.outcome', recordId: `${sent.id}/summons/outcome/1` });
      expect((await notices.get(countySamr, sent.id))!.summons!.outcomes).toHaveLength(1);
      expect(await log.audit()).toEqual([]);
      clock.set(MONDAY);
    });
  });
}
