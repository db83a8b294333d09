import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { dropDatabase, openDatabase } from '../db.js';
import { AccessLog1764300000900, AccessRecordEntity } from '../store/access-log.js';
import { evidenceEntities, evidenceMigrations } from '../store/evidence-log.js';

/**
 * Store tests run one body against every enabled driver (STYLE E): SQLite always, MariaDB/MySQL when
 * DATABASE_URL points at one (always in CI).
 */
export interface TestDriver {
  name: 'sqlite' | 'mariadb';
  url?: string;
}

export function enabledDrivers(): TestDriver[] {
  const drivers: TestDriver[] = [{ name: 'sqlite' }];
  if (process.env.DATABASE_URL) drivers.push({ name: 'mariadb', url: process.env.DATABASE_URL });
  return drivers;
}

/** A throw-away database name: lsgw_t<random>_<service>. */
export function testDatabaseName(service: string): string {
  return `lsgw_t${randomBytes(4).toString('hex')}_${service.replace(/-/g, '_')}`;
}

export interface TestDatabase {
  db: DataSource;
  drop(): Promise<void>;
}

/** Opens a fresh, migrated database for a store test on `driver`. */
export async function openTestDatabase(
  driver: TestDriver,
  service: string,
  entities: MixedList<EntitySchema | Function>,
  migrations: MixedList<Function>,
): Promise<TestDatabase> {
  const name = testDatabaseName(service);
  const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-db-'));
  // As in production (lib/subgraph/run.ts), every subgraph database also has the access log and the evidence log.
  const db = await openDatabase({
    service,
    url: driver.url,
    dataDir,
    databaseName: name,
    entities: [...new Set([...(entities as unknown[]), AccessRecordEntity, ...evidenceEntities])] as never,
    migrations: [...new Set([...(migrations as unknown[]), AccessLog1764300000900, ...evidenceMigrations])] as never,
  });
  return {
    db,
    async drop() {
      if (db.isInitialized) await db.destroy();
      await dropDatabase(driver.url, name, dataDir);
    },
  };
}

/** Undoes every migration that has run (newest first), whatever their number: the subgraph's and the shared ones. */
export async function undoAllMigrations(db: TestDatabase['db']): Promise<void> {
  for (;;) {
    const [{ n }] = (await db.query('SELECT COUNT(*) AS n FROM migrations')) as { n: number | string }[];
    if (Number(n) === 0) return;
    await db.undoLastMigration();
  }
}
