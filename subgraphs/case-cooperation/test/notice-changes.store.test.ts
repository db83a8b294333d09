import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers, openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { pageOf } from '../../../lib/pagination.js';
import { createPiiCipher } from '../../../lib/pii.js';
import { ManualClock } from '../../../lib/clock.js';
import { uuidv7 as newId } from '../../../lib/ids.js';
import { accessLogWriter } from '../../../lib/store/access-log.js';
import { subgraph } from '../src/server.js';
import { NoticeRepository } from '../src/store/notice.repository.js';
import { NoticeService } from '../src/domain/notice.service.js';
import { noticeListScope } from '../src/domain/notice.access.js';
import { changeKeyOf } from '../src/domain/notice.changes.js';
import type { Notice } from '../src/domain/notice.js';
import { MONDAY, OTHER_USCC, calendar, countySamr, office, platform, violationInput } from './fixtures/case.js';

const pii = createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) });

/** Waits until the wall clock (what stamps updated_at) has passed `t`, so the next write is strictly later. */
async function after(t: Date | undefined): Promise<void> {
  while (Date.now() <= (t?.getTime() ?? 0)) await new Promise((ok) => setTimeout(ok, 2));
}

for (const driver of enabledDrivers()) {
  describe(`notices(updatedSince:) on ${driver.name}`, () => {
    let t: TestDatabase;
    let store: NoticeRepository;
    let svc: NoticeService;
    const clock = new ManualClock(MONDAY);
    const me = platform();
    const ids = (ns: Notice[]) => ns.map((n) => n.id);
    const changes = (since: Date, first = 50, after?: string, p = me) =>
      svc.changes(p, {}, since, pageOf({ first, after }));

    beforeAll(async () => {
      t = await openTestDatabase(driver, 'case-cooperation', subgraph.entities, subgraph.migrations);
      store = new NoticeRepository(t.db, pii);
      svc = new NoticeService({ store, calendar, clock, newId: () => newId(), accessLog: accessLogWriter(t.db) });
    });
    afterAll(() => t?.drop());

    it('returns exactly the notices written at or after the instant, oldest change first, each once at its last change', async () => {
      const a = await svc.send(countySamr, violationInput({ summary: 'a' }));
      await after(a.updatedAt);
      const b = await svc.send(countySamr, violationInput({ summary: 'b' }));
      await after(b.updatedAt);
      const c = await svc.send(countySamr, violationInput({ summary: 'c' }));
      await svc.send(countySamr, violationInput({ summary: 'elsewhere', platformUscc: OTHER_USCC }));
      expect(ids(await changes(a.updatedAt!))).toEqual([a.id, b.id, c.id]);
      expect(ids(await changes(b.updatedAt!))).toEqual([b.id, c.id]); // inclusive

      await after(c.updatedAt);
      const acked = await svc.acknowledge(me, a.id);
      expect(acked.updatedAt!.getTime()).toBeGreaterThan(c.updatedAt!.getTime());
      expect(ids(await changes(acked.updatedAt!))).toEqual([a.id]);
      expect(ids(await changes(b.updatedAt!))).toEqual([b.id, c.id, a.id]);
      const [back] = await changes(acked.updatedAt!);
      expect(back).toMatchObject({ status: 'ACKNOWLEDGED', updatedAt: acked.updatedAt });
    });

    it('pages through the changes with cursors of (updatedAt, id), losing and repeating none', async () => {
      const since = new Date(0);
      const all = ids(await changes(since));
      const walked: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await changes(since, 1, cursor && Buffer.from(cursor).toString('base64url'));
        walked.push(...ids(page.slice(0, 1)));
        if (page.length < 2) break;
        cursor = changeKeyOf(page[0]);
      }
      expect(walked).toEqual(all);
      expect(all).toHaveLength(3);
    });

    it('keeps the access rules of the list: another platform sees none, an office outside the sender sees none', async () => {
      expect(await changes(new Date(0), 50, undefined, platform(OTHER_USCC))).toHaveLength(1);
      expect(await changes(new Date(0), 50, undefined, office('samr', 'county', '350103'))).toHaveLength(0);
      expect(await changes(new Date(0), 50, undefined, office('cac', 'province', '350000'))).toHaveLength(0);
      expect(await store.changedSince(noticeListScope(countySamr), {}, new Date(0), pageOf({}), MONDAY)).toHaveLength(
        4,
      );
    });

    it('refuses a cursor of the newest-first list, naming after', async () => {
      const [n] = await svc.list(me, {}, pageOf({ first: 1 }));
      await expect(changes(new Date(0), 1, Buffer.from(n.id).toString('base64url'))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { problems: [{ path: 'after' }] },
      });
    });
  });
}
