/**
 * `certs reencrypt <subgraph>` against each subgraph's real schema (its own migrations), with the keys and
 * database settings the subgraph itself reads: every declared sealed column exists, values of an older key
 * are re-sealed under the current one, and `--check` tells when an older key can be retired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { EXIT } from '../../certs/cli.js';
import { SEALED_COLUMNS } from '../../certs/reencrypt.js';
import { dropDatabase, openDatabase } from '../../lib/db.js';
import { createPiiCipher } from '../../lib/pii.js';
import { SUBGRAPHS, type SubgraphName } from '../../lib/services.js';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import { enabledDrivers } from '../../lib/testing/drivers.js';
import { subgraph as blacklist } from '../../subgraphs/blacklist/src/server.js';
import { subgraph as caseCooperation } from '../../subgraphs/case-cooperation/src/server.js';
import { subgraph as identityRegistry } from '../../subgraphs/identity-registry/src/server.js';
import { subgraph as penaltyReports } from '../../subgraphs/penalty-reports/src/server.js';
import { certsCli, tmp } from './helpers.js';

const DEFINITIONS = {
  'identity-registry': identityRegistry,
  'penalty-reports': penaltyReports,
  blacklist,
  'case-cooperation': caseCooperation,
} as const;

for (const driver of enabledDrivers()) {
  describe(`certs reencrypt on ${driver.name}`, () => {
    const certs = tmp('lsgw-reenc-');
    const dataDir = mkdtempSync(join(tmpdir(), 'lsgw-reenc-data-'));
    const prefix = `lsgw_t${randomBytes(4).toString('hex')}_`;
    const dbs = new Map<SubgraphName, DataSource>();
    const name = (s: SubgraphName) => `${prefix}${s.replace(/-/g, '_')}`;
    const env = () => ({ CERTS_DIR: certs, DATA_DIR: dataDir, DATABASE_PREFIX: prefix, DATABASE_URL: driver.url });
    // The CLI reads the subgraph's configuration from the environment, as the subgraph does.
    const reencrypt = async (...argv: string[]) => {
      const saved = { ...process.env };
      Object.assign(process.env, env());
      if (!driver.url) delete process.env.DATABASE_URL;
      try {
        return await certsCli(certs, 'reencrypt', ...argv);
      } finally {
        process.env = saved;
      }
    };

    beforeAll(async () => {
      expect((await certsCli(certs, 'init', '--no-demo')).code).toBe(EXIT.OK);
      for (const { name: s } of SUBGRAPHS) {
        const d = DEFINITIONS[s];
        const db = await openDatabase({
          service: s,
          url: driver.url,
          dataDir,
          databaseName: name(s),
          entities: d.entities,
          migrations: d.migrations,
        });
        dbs.set(s, db);
      }
    }, 120_000);
    afterAll(async () => {
      for (const [s, db] of dbs) {
        await db.destroy();
        await dropDatabase(driver.url, name(s), dataDir);
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it.each(SUBGRAPHS.map((s) => [s.name]))('%s: every declared sealed column is in its schema', async (s) => {
      const r = await reencrypt(s, '--check');
      expect(r.err).toEqual([]);
      expect(r.code).toBe(EXIT.OK);
      expect(r.out.at(-1)).toMatch(/^every value is under [a-z0-9-]+: older keys can be retired$/);
      const db = dbs.get(s)!;
      for (const c of SEALED_COLUMNS[s]) {
        const cols = (await db.createQueryRunner().getTable(c.table))!;
        expect(cols.primaryColumns.map((p) => p.name).sort(), `${c.table}`).toEqual([...c.key].sort());
        expect(cols.findColumnByName(c.column), `${c.table}.${c.column}`).toBeDefined();
      }
    });

    it('re-seals blacklist document numbers of an older key under the current one', async () => {
      const db = dbs.get('blacklist')!;
      const old = createPiiCipher(subgraphConfigFromEnv('blacklist', env()).pii);
      const sealed = old.encrypt('110105194912310021');
      const cols = (await db.createQueryRunner().getTable('blacklist_entry'))!.columns.filter(
        (c) => !c.isNullable && c.default === undefined,
      );
      // A row with every required column filled in, and the sealed number.
      const value = (type: string) =>
        /date|time/.test(type) ? '2026-12-04 00:00:00.000' : /int|bool/.test(type) ? 0 : 'x';
      const names = [...cols.map((c) => c.name), 'document_number_enc'];
      const values = [...cols.map((c) => (c.name === 'id' ? 'e-1' : value(c.type))), sealed];
      await db.query(
        `INSERT INTO blacklist_entry (${names.map((n) => db.driver.escape(n)).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        values,
      );
      expect((await certsCli(certs, 'rotate-data-key', 'blacklist')).code).toBe(EXIT.OK);
      expect(await reencrypt('blacklist', '--check')).toMatchObject({
        code: EXIT.REFUSED,
        out: [
          expect.stringMatching(/^blacklist_entry\.document_number_enc: 1 not under /),
          expect.stringMatching(/^1 values are not under [a-z0-9-]+ yet: keep the older keys$/),
        ],
      });
      const r = await reencrypt('blacklist', '--batch', '1');
      expect(r.out[0]).toMatch(
        new RegExp(
          `^blacklist_entry\\.document_number_enc: 1 re-sealed under [a-z0-9-]+ \\(from ${old.currentKeyId}: 1\\)$`,
        ),
      );
      expect((await reencrypt('blacklist', '--check')).code).toBe(EXIT.OK);
      expect((await certsCli(certs, 'retire-data-key', 'blacklist', old.currentKeyId)).code).toBe(EXIT.OK);
      const now = createPiiCipher(subgraphConfigFromEnv('blacklist', env()).pii);
      const [row] = (await db.query("SELECT document_number_enc AS v FROM blacklist_entry WHERE id = 'e-1'")) as {
        v: string;
      }[];
      expect(now.keyIdOf(row.v)).toBe(now.currentKeyId);
      expect(now.decrypt(row.v)).toBe('110105194912310021');
    });
  });
}
