import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, LsgwClient } from '../../client/index.js';
import type { SubgraphConfig } from '../../lib/subgraph/config.js';
import { entryInput } from '../blacklist/fixtures.js';
import { businessOperator } from '../identity-registry/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { memberFiles, residentIds } from '../client/support.js';
import { cliEnv, spawnLsgw } from './support.js';

/**
 * The long jobs in their own process, as `npm run lsgw` runs them: Ctrl-C (SIGINT) stops them between two
 * requests, they say what was done, and the same command finishes the job without doing anything twice.
 */
let fed: TestFederation;
let dir: string;
const LISTED = [0, 4321, 9999];

beforeAll(async () => {
  fed = await startTestFederation({
    // One peer check a second after a burst of 2: ten calls of 1,000 must wait for the limit.
    subgraphConfig: (c) =>
      c.service === 'blacklist' ? ({ ...c, checkRatePerSecond: 1, checkBurst: 2 } as SubgraphConfig) : c,
  });
  dir = mkdtempSync(join(tmpdir(), 'lsgw-cli-resume-'));
}, 120_000);
afterAll(() => fed?.close());

describe('blacklist check', () => {
  it('Art 14 ¶4: checks 10,000 subjects within the rate limit, stops on Ctrl-C, resumes, and answers in input order', async () => {
    const ids = residentIds(10_000);
    const lister = new LsgwClient({ url: fed.gatewayUrl, member: memberFiles(fed, 'demo-platform') });
    const peer = new LsgwClient({ url: fed.gatewayUrl, member: memberFiles(fed, 'demo-platform-b') });
    try {
      for (const i of LISTED) {
        await lister.addBlacklistEntry(
          entryInput({ key: `bulk-${i}`, now: new Date(), person: { name: '王五', number: ids[i] } }) as any,
        );
      }
      const input = join(dir, 'subjects.csv');
      writeFileSync(input, `document_type,document_number\n${ids.map((n) => `RESIDENT_ID,${n}`).join('\n')}\n`);
      const out = join(dir, 'results.csv');
      const args = ['blacklist', 'check', input, '--out', out, '--purpose', 'PERIODIC_REVIEW'];
      const env = cliEnv(fed, 'demo-platform-b');

      let sent = false;
      const first = await spawnLsgw(args, env, (err, child) => {
        if (!sent && err.includes('subjects: 2000/10000')) child.kill('SIGINT'), (sent = true);
      });
      expect(first.code).toBe(130);
      const stopped =
        /interrupted: (\d+) of 10000 subjects checked, results in .*; run the same command again to resume/.exec(
          first.err,
        );
      expect(stopped, first.err).not.toBeNull();
      expect(Number(stopped![1])).toBeLessThan(10_000);

      const second = await spawnLsgw(args, env);
      expect(second.code, second.err).toBe(0);
      expect(second.err).toContain('10000 subjects checked');

      const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(rows[0]).toBe(
        'row,document_type,document_number,uscc,listed,match_count,listing_platforms,statuses,expires_at',
      );
      expect(rows.length).toBe(10_001);
      const cells = rows.slice(1).map((r) => r.split(','));
      expect(cells.map((c) => c[2])).toEqual(ids); // input order
      expect(cells.map((c) => Number(c[0]))).toEqual(ids.map((_, i) => i + 1));
      expect(cells.flatMap((c, i) => (c[4] === 'true' ? [i] : []))).toEqual(LISTED);

      // The limit was met by waiting as told, never by hammering: each refused call waited its Retry-After once.
      const waits = [...`${first.err}\n${second.err}`.matchAll(/BlacklistCheck: RATE_LIMITED; try \d+ in ([\d.]+) s/g)];
      expect(waits.length).toBeGreaterThan(0);
      expect(waits.length).toBeLessThanOrEqual(10);
      for (const w of waits) expect(w[1]).toBe('1.0');
      // Every subject was checked and logged once: the resumed run did not check the first run's subjects again.
      const logged = await collect(peer.checkLog({ purpose: 'PERIODIC_REVIEW' }));
      expect(logged.length).toBe(10_000);
    } finally {
      await lister.close();
      await peer.close();
    }
  }, 180_000);
});

describe('filing upload', () => {
  it('Art 9: an upload stopped with Ctrl-C resumes with the same command and stores nothing twice', async () => {
    const ops = join(dir, 'operators.ndjson');
    writeFileSync(ops, Array.from({ length: 600 }, (_, i) => JSON.stringify(businessOperator(i + 1))).join('\n'));
    const args = [
      'filing',
      'upload',
      '--period',
      '2026-07',
      '--operators',
      ops,
      '--batch-size',
      '10',
      '--concurrency',
      '1',
    ];
    const env = cliEnv(fed, 'demo-platform');

    let sent = false;
    const first = await spawnLsgw(args, env, (err, child) => {
      if (!sent && err.includes('records: 60/600')) child.kill('SIGINT'), (sent = true);
    });
    expect(first.code, first.err).toBe(130);
    expect(first.err).toMatch(/interrupted: filing \S+: \d+ batches .*; run the same command again to resume/);

    const second = await spawnLsgw([...args, '--submit'], env);
    expect(second.code, second.err).toBe(0);
    expect(second.err).toMatch(/[1-9]\d* skipped as confirmed/);

    const platform = new LsgwClient({ url: fed.gatewayUrl, member: memberFiles(fed, 'demo-platform') });
    try {
      const [filing] = await collect(platform.filings({ period: '2026-07' }));
      expect(filing).toMatchObject({ status: 'SUBMITTED', batchCount: 60, operatorCount: 600 });
    } finally {
      await platform.close();
    }
  }, 180_000);
});
