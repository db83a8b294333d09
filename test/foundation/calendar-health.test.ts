import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { startSubgraph, type RunningSubgraph } from '../../lib/subgraph/run.js';
import { tClient, type TestClient } from '../../lib/testing/client.js';
import { subgraph as blacklist } from '../../subgraphs/blacklist/src/server.js';
import { makeTestCerts, serviceCert } from '../support/certs.js';
import { tLogger } from '../gateway/t-gateway.js';

/** Every subgraph says, at start, daily and in /healthz, when a year's official working-day schedule is missing. */
const certs = makeTestCerts();
let running: RunningSubgraph | undefined;
let client: TestClient | undefined;
afterEach(async () => {
  await client?.close();
  await running?.close();
});

async function start(at: string, env: Record<string, string> = {}) {
  const logger = tLogger();
  const cfg = blacklist.configFromEnv({
    CERTS_DIR: certs.dir,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lsgw-cal-')),
    ...env,
  });
  running = await startSubgraph(blacklist, cfg, { port: 0, clock: new ManualClock(new Date(at)), logger });
  client = tClient(running.url, readFileSync(certs.ca), serviceCert(certs, 'gateway'));
  return logger;
}

describe('working-calendar coverage', () => {
  it("Art 22 ¶2: from 1 November, warns that next year's official schedule is not loaded, in the log and /healthz", async () => {
    const logger = await start('2026-11-15T02:00:00Z');
    expect(logger.lines.filter((l) => l.event === 'working_calendar_incomplete').map((l) => l.fields.code)).toEqual([
      'WORKING_CALENDAR_NEXT_YEAR_MISSING',
    ]);
    const r = await client!.get('/healthz');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.raw)).toMatchObject({
      status: 'ok',
      warnings: [{ code: 'WORKING_CALENDAR_NEXT_YEAR_MISSING' }],
    });
  });

  it('Art 22 ¶2: says nothing before November, nor once the schedule file holds next year', async () => {
    expect((await start('2026-10-31T02:00:00Z')).lines.some((l) => l.event === 'working_calendar_incomplete')).toBe(
      false,
    );
    await client!.close();
    await running!.close();
    const file = join(mkdtempSync(join(tmpdir(), 'lsgw-cal-')), 'schedule.json');
    writeFileSync(file, JSON.stringify({ years: { '2027': { holidays: ['2027-01-01'], workdays: [] } } }));
    const logger = await start('2026-11-15T02:00:00Z', { WORKING_CALENDAR_FILE: file });
    expect(logger.lines.some((l) => l.event === 'working_calendar_incomplete')).toBe(false);
    expect(JSON.parse((await client!.get('/healthz')).raw)).toEqual({ status: 'ok' });
  });
});
