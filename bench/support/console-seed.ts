import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { issueMember } from '../../certs/store.js';
import type { CertPaths } from '../../lib/cert-paths.js';
import { upload } from '../../scripts/filing/upload.js';
import { benchUscc, memberClient } from './federation-seed.js';
import { writeRecords } from './filing-records.js';

/** How one seeded platform stands for the period, as the regulator's home page will show it. */
export type SeedKind = 'submitted' | 'operators-only' | 'open' | 'missing';

export interface SeededPlatform {
  slug: string;
  kind: SeedKind;
  records: number;
}

/**
 * bench:console's data: `records` filing records spread over `platforms` Zhejiang platforms, each uploaded by the
 * real upload tool through the gateway (as bench:filing does), half operators and half streamers. The last
 * platform leaves its filing OPEN, the one before files operators only (its streamers section MISSING), and
 * `missing` more platforms are enrolled (met by their certificate) without a filing, so the page shows every
 * status. Platforms are `bench-console-<i>`, USCC benchUscc(i).
 */
export async function seedFilings(
  certs: CertPaths,
  gatewayUrl: string,
  dir: string,
  n: { records: number; platforms: number; missing: number; period: string },
  log: (line: string) => void,
): Promise<SeededPlatform[]> {
  const seeded: SeededPlatform[] = [];
  const each = Math.floor(n.records / n.platforms);
  for (let i = 0; i < n.platforms + n.missing; i++) {
    const slug = `bench-console-${i}`;
    issueMember(certs.dir, { kind: 'platform', uscc: benchUscc(i), region: '330106', name: `直播平台${i}` }, { slug });
    const client = memberClient(certs, gatewayUrl, slug, 2);
    try {
      if (i >= n.platforms) {
        const r = await client.request('{ viewer { platform { uscc } } }');
        if (r.errors?.length) throw new Error(`${slug}: ${JSON.stringify(r.errors)}`);
        seeded.push({ slug, kind: 'missing', records: 0 });
        continue;
      }
      const kind: SeedKind =
        i === n.platforms - 1 && n.platforms > 2
          ? 'open'
          : i === n.platforms - 2 && n.platforms > 3
            ? 'operators-only'
            : 'submitted';
      const share = i === n.platforms - 1 ? n.records - each * (n.platforms - 1) : each;
      const folder = join(dir, slug);
      mkdirSync(folder, { recursive: true });
      // Operators-only: the whole share as operators (writeRecords puts half in each file; take twice the share).
      const files = await writeRecords(folder, kind === 'operators-only' ? share * 2 : share);
      const t0 = performance.now();
      const s = await upload({
        client,
        period: n.period,
        operators: files.operatorsFile,
        ...(kind === 'operators-only' ? {} : { streamers: files.streamersFile }),
        concurrency: 2,
        statePath: join(folder, 'state.json'),
        submit: kind !== 'open',
        log: () => undefined,
      });
      const rate = s.records / ((performance.now() - t0) / 1000);
      log(`  ${slug}: ${s.records.toLocaleString()} records in ${s.batches} batches, ${Math.round(rate)}/s (${kind})`);
      seeded.push({ slug, kind, records: s.records });
    } finally {
      await client.close();
    }
  }
  return seeded;
}
