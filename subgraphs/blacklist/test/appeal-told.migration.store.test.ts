import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../../lib/pii.js';
import { enabledDrivers, openTestDatabase } from '../../../lib/testing/drivers.js';
import { subgraph } from '../src/server.js';
import { EntriesRepository } from '../src/store/entries.repository.js';
import { AppealTold1764600000002 } from '../src/store/migrations/1764600000002-appeal-told.js';
import { sqlTime } from '../src/store/sql.js';

const DECIDED = new Date('2026-03-02T08:00:00.000Z');
const TOLD = new Date('2026-03-02T07:30:00.000Z');

/** A decided appeal row as the service wrote it before the channel was recorded. */
const oldRow = (id: string, toldAt: Date | null) => [
  id,
  'entry-1',
  '91330106MA2B00000X',
  'UPHELD',
  sqlTime(new Date('2026-03-01T00:00:00.000Z')),
  'g',
  sqlTime(new Date('2026-03-01T00:00:01.000Z')),
  sqlTime(DECIDED),
  'r',
  toldAt ? sqlTime(toldAt) : null,
];

for (const driver of enabledDrivers()) {
  describe(`blacklist appeal-told migration on ${driver.name}`, () => {
    it('Art 14 ¶2: keeps a stated time told, clears the decision time the old default wrote as told, and records no channel', async () => {
      const t = await openTestDatabase(driver, 'blacklist', subgraph.entities, subgraph.migrations);
      try {
        const q = t.db.createQueryRunner();
        const migration = new AppealTold1764600000002();
        await migration.down(q);
        const insert = `INSERT INTO blacklist_appeal (id, entry_id, platform_uscc, status, received_at, grounds,
          recorded_at, decided_at, decision_reason, decision_told_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`;
        await q.query(insert, oldRow('stated', TOLD));
        await q.query(insert, oldRow('defaulted', DECIDED));
        await migration.up(q);
        await q.release();

        const repo = new EntriesRepository(
          t.db,
          createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) }),
        );
        expect(await repo.appealById('stated')).toMatchObject({ decisionToldAt: TOLD, decisionToldChannel: null });
        expect(await repo.appealById('defaulted')).toMatchObject({
          decidedAt: DECIDED,
          decisionToldAt: null,
          decisionToldChannel: null,
        });
      } finally {
        await t.drop();
      }
    });
  });
}
