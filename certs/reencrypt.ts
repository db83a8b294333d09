/**
 * `certs reencrypt <subgraph>`: the subgraph's sealed columns (its store/sealed-columns.ts) re-sealed under
 * its current data key, against the database and keys the subgraph itself is configured with (run it
 * where the subgraph runs: its container, its database user, its own keys; never the CA's folder).
 */
import { openDatabase } from '../lib/db.js';
import { createPiiCipher } from '../lib/pii.js';
import type { SubgraphName } from '../lib/services.js';
import { countNotCurrent, reencryptAll, type ColumnReport, type SealedColumn } from '../lib/store/reencrypt.js';
import { subgraphConfigFromEnv } from '../lib/subgraph/config.js';
import { SEALED_COLUMNS as blacklist } from '../subgraphs/blacklist/src/store/sealed-columns.js';
import { SEALED_COLUMNS as caseCooperation } from '../subgraphs/case-cooperation/src/store/sealed-columns.js';
import { SEALED_COLUMNS as identityRegistry } from '../subgraphs/identity-registry/src/store/sealed-columns.js';
import { SEALED_COLUMNS as penaltyReports } from '../subgraphs/penalty-reports/src/store/sealed-columns.js';

export const SEALED_COLUMNS: Readonly<Record<SubgraphName, readonly SealedColumn[]>> = {
  'identity-registry': identityRegistry,
  'penalty-reports': penaltyReports,
  blacklist,
  'case-cooperation': caseCooperation,
};

export interface ReencryptResult {
  currentKeyId: string;
  columns: ColumnReport[];
  /** Per column, values still under another key after the run (0 everywhere: older keys may be retired). */
  left: { table: string; column: string; count: number }[];
}

/** Re-encrypts (or, `checkOnly`, only counts) with the subgraph's configuration read from `env`. */
export async function reencryptSubgraph(
  service: SubgraphName,
  env: NodeJS.ProcessEnv,
  opts: { batchSize?: number; checkOnly?: boolean } = {},
): Promise<ReencryptResult> {
  const cfg = subgraphConfigFromEnv(service, env);
  const cipher = createPiiCipher(cfg.pii);
  const db = await openDatabase({
    service,
    url: cfg.databaseUrl,
    dataDir: cfg.dataDir,
    databaseName: cfg.databaseName,
    // The subgraph migrates its own database at start; this tool only reads and rewrites values.
    entities: [],
    migrations: [],
  });
  try {
    const columns = SEALED_COLUMNS[service];
    const reports = opts.checkOnly ? [] : await reencryptAll(db, cipher, columns, { batchSize: opts.batchSize });
    return { currentKeyId: cipher.currentKeyId, columns: reports, left: await countNotCurrent(db, cipher, columns) };
  } catch (e) {
    if (/no such table|doesn't exist/i.test((e as Error).message))
      throw new Error(`${service}'s tables are not there: start the subgraph once (it migrates its database) first`);
    throw e;
  } finally {
    await db.destroy();
  }
}
