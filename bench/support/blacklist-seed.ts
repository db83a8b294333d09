import mysql, { type ConnectionOptions } from 'mysql2/promise';
import type { GraphQLClient } from '../../lib/http/client.js';
import { personKey } from '../../lib/domain/identity.js';
import type { PiiCipher } from '../../lib/pii.js';
import { syntheticResidentId } from './synthetic.js';
import { fmt } from './stats.js';

/**
 * bench:check's data: blacklist entries written straight into a blacklist service's database (the service
 * created its tables), as the service stores them: person i has document number syntheticResidentId(i),
 * entries for persons 0 … seeded-1, listed by the demo platform (Zhejiang) for a year.
 */
export const CHECK = `query($s: [CheckSubjectInput!]!) { blacklistCheck(subjects: $s, purpose: ONBOARDING) { listed matches { listingPlatformName status expiresAt } } }`;

export function entrySeeder(conn: ConnectionOptions, database: string, pii: PiiCipher) {
  const state = { seeded: 0 };
  return {
    get seeded() {
      return state.seeded;
    },
    async seedTo(upTo: number): Promise<void> {
      const t = performance.now();
      const c = await mysql.createConnection({ ...conn, database });
      const now = new Date();
      const ends = new Date(now.getTime() + 365 * 86_400_000);
      for (let from = state.seeded; from < upTo; from += 2000) {
        const rows = [];
        for (let i = from; i < Math.min(upTo, from + 2000); i++) {
          const number = syntheticResidentId(i);
          rows.push([
            `bench-${i}`,
            `k${i}`,
            '91330106MA27XXXXX0',
            '330106',
            'Demo Live Platform Co.',
            'h',
            pii.hash(personKey('RESIDENT_ID', number)),
            'LIVE_STREAMER',
            'PERSON',
            `Subject ${i}`,
            'RESIDENT_ID',
            pii.encrypt(number),
            null,
            '[]',
            'facts',
            'reasons',
            'basis',
            now,
            ends,
            'SMS',
            now,
            'appeal@example.com',
            1,
            null,
            null,
            null,
            null,
            null,
            now,
            1,
          ]);
        }
        await c.query(
          `INSERT INTO blacklist_entry (id, idempotency_key, platform_uscc, platform_region, platform_name, content_hash, subject_hash, subject_type, subject_kind, subject_name, document_type, document_number_enc, subject_uscc, live_accounts, facts, reasons, legal_basis, starts_at, ends_at, notification_channel, notified_at, appeal_channel, share_with_peers, disposal_report_id, open_appeal_id, removed_at, removal_kind, removal_reason, created_at, version) VALUES ?`,
          [rows],
        );
      }
      await c.end();
      const n = upTo - state.seeded;
      state.seeded = upTo;
      console.log(
        `seeded ${n.toLocaleString()} entries into ${database} in ${fmt((performance.now() - t) / 1000)} s (total ${upTo.toLocaleString()})`,
      );
    },
  };
}

/** One check of 1,000 distinct people out of 2 × `population` (half of them listed); its latency in ms. */
export async function thousandCheck(c: GraphQLClient, population: number): Promise<number> {
  // Distinct: a repeat would make the lookup smaller than it is.
  const picked = new Set<number>();
  while (picked.size < 1000) picked.add(Math.floor(Math.random() * population * 2));
  const s = [...picked].map((i) => ({ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(i) }));
  const t = performance.now();
  const r = await c.request(CHECK, { s });
  const ms = performance.now() - t;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return ms;
}

/**
 * A bulk seed leaves MariaDB writing out a gigabyte of dirty pages for a while; a server in service has no
 * such backlog. Waits (at most 2 minutes) until it is written; says how long that took, if it took any.
 */
export async function settleAfterSeed(admin: { query(sql: string): Promise<unknown> }): Promise<void> {
  const dirty = async () =>
    Number(((await admin.query(`SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'`)) as any)[0][0].Value);
  const [d0, t0] = [await dirty(), performance.now()];
  if (d0 <= 1000) return;
  // Until it is written out, or no longer shrinking (what a small seed leaves may stay just above the mark).
  let [last, since] = [d0, performance.now()];
  for (
    let d = d0;
    d > 1000 && performance.now() - t0 < 120_000 && performance.now() - since < 5000;
    d = await dirty()
  ) {
    if (d < last) [last, since] = [d, performance.now()];
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(
    `waited ${fmt((performance.now() - t0) / 1000)} s for MariaDB to write out dirty pages (${d0} → ${await dirty()})`,
  );
}

/** InnoDB's I/O counters (SHOW GLOBAL STATUS), read before and after a measured run. */
const IO_COUNTERS = [
  'Innodb_buffer_pool_reads',
  'Innodb_buffer_pool_pages_flushed',
  'Innodb_data_fsyncs',
  'Innodb_buffer_pool_pages_dirty',
  'Innodb_checkpoint_age',
] as const;
type InnodbStatus = Record<(typeof IO_COUNTERS)[number], number>;

export async function innodbStatus(admin: { query(sql: string): Promise<unknown> }): Promise<InnodbStatus> {
  const [rows] = (await admin.query(
    `SHOW GLOBAL STATUS WHERE Variable_name IN (${IO_COUNTERS.map((c) => `'${c}'`).join(', ')})`,
  )) as [{ Variable_name: string; Value: string }[]];
  const byName = new Map(rows.map((r) => [r.Variable_name.toLowerCase(), Number(r.Value)]));
  return Object.fromEntries(IO_COUNTERS.map((c) => [c, byName.get(c.toLowerCase()) ?? NaN])) as InnodbStatus;
}

/** What MariaDB's disk did between two readings: pages read and written out, fsyncs, and the backlog before and after. */
export function innodbActivity(a: InnodbStatus, b: InnodbStatus): string {
  return [
    `read ${b.Innodb_buffer_pool_reads - a.Innodb_buffer_pool_reads} pages from disk`,
    `wrote out ${b.Innodb_buffer_pool_pages_flushed - a.Innodb_buffer_pool_pages_flushed} pages`,
    `${b.Innodb_data_fsyncs - a.Innodb_data_fsyncs} fsyncs`,
    `dirty pages ${a.Innodb_buffer_pool_pages_dirty} → ${b.Innodb_buffer_pool_pages_dirty}`,
    `checkpoint age ${fmt(a.Innodb_checkpoint_age / 1048576)} → ${fmt(b.Innodb_checkpoint_age / 1048576)} MiB`,
  ].join(', ');
}
