import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { NoticeService } from '../src/domain/notice.service.js';
import { subgraph } from '../src/server.js';
import { NoticeRepository } from '../src/store/notice.repository.js';
import { MONDAY, assistanceInput, calendar, countySamr, platform, unreachableInput } from './fixtures/case.js';

/**
 * Sealed payloads written before urgent requests, products (Art 21) and contact updates (Art 22 ¶4)
 * existed carry none of them: they read back as not urgent, naming no product, giving no update.
 */
const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });

for (const driver of enabledDrivers()) {
  describe(`case-cooperation payloads written before Art 21 urgency and Art 22 ¶4 updates, on ${driver.name}`, () => {
    let t: TestDatabase;
    let repo: NoticeRepository;
    let svc: NoticeService;
    const clock = new ManualClock(MONDAY);
    /** Rewrites a sealed payload column as the earlier code wrote it: without `drop`'s keys. */
    const strip = async (table: string, where: string, id: string, drop: (v: any) => void) => {
      const [row] = await t.db.query(`SELECT payload FROM ${table} WHERE ${where} = ?`, [id]);
      const value = JSON.parse(pii.decrypt(row.payload));
      drop(value);
      await t.db.query(`UPDATE ${table} SET payload = ? WHERE ${where} = ?`, [pii.encrypt(JSON.stringify(value)), id]);
    };

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      repo = new NoticeRepository(t.db, pii);
      const accessLog = accessLogWriter(t.db);
      svc = new NoticeService({ store: repo, calendar, clock, newId: () => newId(), accessLog });
    });
    afterAll(() => t?.drop());

    it('Art 21: reads an earlier assistance request as not urgent and naming no product', async () => {
      const n = await svc.send(countySamr, assistanceInput());
      await strip('notice', 'id', n.id, (p) => {
        delete p.assistance.urgent;
        delete p.assistance.products;
      });
      expect((await repo.byId(n.id))!.value.assistance).toMatchObject({ urgent: false, products: [] });
    });

    it('Art 22 ¶4: reads an earlier contactUpdated answer as giving no update, to the sending office too', async () => {
      const n = await svc.send(countySamr, unreachableInput());
      const input = { contactUpdated: true, updatedContact: { phone: '13800000000' } };
      await svc.answer(platform(), n.id, input);
      await strip('notice_answer', 'notice_id', n.id, (p) => delete p.updatedContact);
      const [answer] = (await repo.byId(n.id))!.value.answers;
      expect(answer).toMatchObject({ contactUpdated: true, updatedContact: null });
      expect(await svc.contactUpdateOf(countySamr, { ...answer, notice: n })).toBeNull();
    });
  });
}
