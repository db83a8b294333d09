import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../lib/clock.js';
import type { PlatformRow, PlatformStore } from '../src/domain/filing.ports.js';
import { PlatformService } from '../src/domain/platform.service.js';
import { NOW, tOffice, tPlatform } from './fixtures/filing.js';

/** A PlatformStore in memory that counts its calls. */
function tPlatformStore(rows = new Map<string, PlatformRow>()) {
  const calls = { byUscc: 0, insert: 0, update: 0 };
  const store: PlatformStore = {
    byUscc: async (uscc) => (calls.byUscc++, rows.get(uscc) ?? null),
    byUsccs: async (usccs) => (calls.byUscc++, usccs.flatMap((uscc) => rows.get(uscc) ?? [])),
    insert: async (row) => {
      calls.insert++;
      if (rows.has(row.uscc)) throw new Error('duplicate key');
      rows.set(row.uscc, row);
    },
    update: async (uscc, changes) => (calls.update++, void rows.set(uscc, { ...rows.get(uscc)!, ...changes })),
    inScope: async () => [...rows.values()],
  };
  return { store, rows, calls };
}

describe('PlatformService', () => {
  it('records a platform on first contact, once per name and domicile, and refreshes it when they change', async () => {
    const { store, rows, calls } = tPlatformStore();
    const clock = new ManualClock(NOW);
    const platforms = new PlatformService({ store, clock });
    const p = tPlatform();
    await platforms.recordContact(p);
    await platforms.recordContact(p);
    expect(rows.get(p.org)).toEqual({
      uscc: p.org,
      name: p.name,
      domicileRegion: p.region,
      firstSeenAt: NOW,
      lastSeenAt: NOW,
    });
    expect(calls).toEqual({ byUscc: 1, insert: 1, update: 0 });
    clock.advance(60_000);
    await platforms.recordContact({ ...p, name: `${p.name} (renamed)` });
    expect(rows.get(p.org)).toMatchObject({ name: `${p.name} (renamed)`, firstSeenAt: NOW, lastSeenAt: clock.now() });
    await platforms.recordContact(tOffice('samr', 'province', '350000'));
    expect(calls).toEqual({ byUscc: 2, insert: 1, update: 1 });
  });

  it('keeps the winner of two first contacts, and fails when the insert failed for another reason', async () => {
    const p = tPlatform();
    const winner: PlatformRow = {
      uscc: p.org,
      name: p.name,
      domicileRegion: p.region,
      firstSeenAt: NOW,
      lastSeenAt: NOW,
    };
    const raced = tPlatformStore();
    // The other request's insert lands between this one's lookup and its insert.
    const byUscc = raced.store.byUscc;
    raced.store.byUscc = async (uscc) => {
      const row = await byUscc(uscc);
      raced.rows.set(uscc, winner);
      return row;
    };
    await new PlatformService({ store: raced.store, clock: new ManualClock(NOW) }).recordContact(p);
    expect(raced.rows.get(p.org)).toBe(winner);
    const broken = tPlatformStore();
    broken.store.insert = async () => Promise.reject(new Error('disk full'));
    await expect(
      new PlatformService({ store: broken.store, clock: new ManualClock(NOW) }).recordContact(p),
    ).rejects.toThrow('disk full');
  });

  it('reads each platform once per request, gives an unknown one by its key, and the viewer only its own', async () => {
    const p = tPlatform();
    const { store, calls } = tPlatformStore(
      new Map([[p.org, { uscc: p.org, name: p.name, domicileRegion: p.region, firstSeenAt: NOW, lastSeenAt: NOW }]]),
    );
    const lookup = new PlatformService({ store, clock: new ManualClock(NOW) }).forRequest();
    expect(await lookup.platform(p.org)).toMatchObject({ uscc: p.org, name: p.name });
    expect(await lookup.ofViewer(p)).toMatchObject({ uscc: p.org, name: p.name });
    expect(await lookup.platform('91350100MA00000000')).toEqual({ uscc: '91350100MA00000000' });
    expect(await lookup.ofViewer(tOffice('samr', 'national', '100000'))).toBeNull();
    expect(calls.byUscc).toBe(2);
  });
});
