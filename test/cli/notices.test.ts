import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/program.js';
import { unreachable, violation } from '../case-cooperation/fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { cliEnv, spawnLsgw, tLsgw } from './support.js';

/**
 * `notices watch` (polls notices(updatedSince:)), the contact update of an answer (Art 22 ¶4) and the Art 47
 * columns of `report submit` from CSV, through the gateway over mTLS.
 */
let fed: TestFederation;
let dir: string;
let platform: NodeJS.ProcessEnv;
let samr: NodeJS.ProcessEnv;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const send = async (notice: Record<string, unknown>) => {
  const r = await tLsgw(['notices', 'send', file(`n-${Math.random()}.json`, JSON.stringify(notice)), '--json'], samr);
  expect(r.code).toBe(0);
  return JSON.parse(r.out)[0] as { id: string };
};

beforeAll(async () => {
  fed = await startTestFederation();
  dir = mkdtempSync(join(tmpdir(), 'lsgw-cli-notices-'));
  platform = cliEnv(fed, 'demo-platform');
  samr = cliEnv(fed, 'samr-zhejiang');
}, 120_000);
afterAll(() => fed?.close());

/** A watch running in this process: its stdout lines as they come, and a way to wait for one. */
function startWatch(args: string[]) {
  const lines: string[] = [];
  const waiters: { test: (s: string) => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) if ([...lines].some(w.test)) waiters.splice(waiters.indexOf(w), 1), w.resolve();
  };
  const ctrlC = new AbortController();
  let started!: () => void;
  const ready = new Promise<void>((ok) => (started = ok));
  const done = runCli(['notices', 'watch', '--interval', '0.2', '--json', ...args], {
    out: (t) => (lines.push(t), check()),
    err: (t) => void (t.startsWith('watching') && started()),
    env: platform,
    cwd: dir,
    signal: ctrlC.signal,
    tty: false,
  });
  return {
    ready,
    lines,
    printed: () => lines.map((l) => JSON.parse(l) as { id: string; status: string; updatedAt: string }),
    waitFor: (test: (s: string) => boolean) =>
      new Promise<void>((resolve) => (waiters.push({ test, resolve }), check())),
    stop: () => (ctrlC.abort(), done),
  };
}

describe('notices watch', () => {
  it('prints a notice sent after it started, once, and a restarted watch goes on without printing it again', async () => {
    const before = await send(violation({ summary: 'sent before the watch' }));
    const w = startWatch(['--state', 'watch.json']);
    await w.ready;
    const first = await send(violation({ summary: 'watched 1' }));
    await w.waitFor((l) => l.includes(first.id));
    // A second notice: by the time it is printed the watch has polled again over the first.
    const second = await send(violation({ summary: 'watched 2' }));
    await w.waitFor((l) => l.includes(second.id));
    expect(await w.stop()).toBe(130);
    expect(w.printed().map((n) => n.id)).toEqual([first.id, second.id]);
    expect(w.lines.join('\n')).not.toContain(before.id);

    const again = await tLsgw(['notices', 'watch', '--state', 'watch.json', '--once', '--json'], platform, {
      cwd: dir,
    });
    expect([again.code, again.out]).toEqual([0, '']);
    // A change is a new line: the platform acknowledges the first notice.
    expect((await tLsgw(['notices', 'acknowledge', first.id], platform)).code).toBe(0);
    const changed = await tLsgw(['notices', 'watch', '--state', 'watch.json', '--once', '--json'], platform, {
      cwd: dir,
    });
    expect(changed.out.split('\n').map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: first.id, status: 'ACKNOWLEDGED' }),
    ]);
    const state = JSON.parse(readFileSync(join(dir, 'watch.json'), 'utf8'));
    expect(state.watermark).toBe(JSON.parse(changed.out).updatedAt);
  });

  it('--since prints what changed since then; another platform sees none of it', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const n = await send(violation({ summary: 'since' }));
    const mine = await tLsgw(
      ['notices', 'watch', '--since', since, '--state', 's1.json', '--once', '--json'],
      platform,
      {
        cwd: dir,
      },
    );
    expect(mine.out.split('\n').map((l) => JSON.parse(l).id)).toContain(n.id);
    const other = await tLsgw(
      ['notices', 'watch', '--since', since, '--state', 's2.json', '--once', '--json'],
      cliEnv(fed, 'demo-platform-b'),
      { cwd: dir },
    );
    expect([other.code, other.out]).toEqual([0, '']);
  });

  it('stops on Ctrl-C with exit code 130 and says the same command goes on', async () => {
    let sent = false;
    const r = await spawnLsgw(
      ['notices', 'watch', '--interval', '0.2', '--state', join(dir, 'spawned.json')],
      platform,
      (err, child) => {
        if (err.includes('watching') && !sent) sent = child.kill('SIGINT');
      },
    );
    expect(r.code).toBe(130);
    expect(r.err).toContain('the same command goes on from there');
  });
});

describe('notices answer with a contact update', () => {
  it('Art 22 ¶4: --contact-* sends what the subject updated; --contact-updated alone is refused before sending', async () => {
    const n = await send(unreachable());
    const bare = await tLsgw(['notices', 'answer', n.id, '--contact-updated'], platform);
    expect([bare.code, bare.err]).toEqual([2, expect.stringContaining('--contact-phone')]);
    const r = await tLsgw(
      [
        'notices',
        'answer',
        n.id,
        '--contact-phone',
        '138 0000 0000',
        '--contact-region',
        '330108',
        '--contact-address',
        '滨江区某路8号',
        '--json',
      ],
      platform,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'CLOSED', answers: [{ seq: 1, contactUpdated: true }] });
    const read = await tLsgw(['notices', 'list', '--kind', 'UNREACHABLE_CONTACT', '--json'], samr);
    expect(JSON.parse(read.out).find((x: { id: string }) => x.id === n.id).status).toBe('CLOSED');
  });
});

describe('report submit from CSV: Art 47 columns', () => {
  it('Art 47 ¶1: an agency with its domicile_region, and an OTHER measure named in other_measure', async () => {
    const at = new Date(Date.now() - 86_400_000).toISOString();
    const csv = file(
      'agency.csv',
      'idempotency_key,kind,name,uscc,domicile_region,measures,other_measure,facts,legal_basis,trigger,decided_at\n' +
        `cli-agency,AGENCY,杭州某某传媒有限公司,91350100M000100Y43,330106,WARNING@${at}|OTHER@${at},下架商品链接,"组织主播虚假宣传",中华人民共和国广告法:第二十八条,PATROL,${at}\n`,
    );
    const r = await tLsgw(['report', 'submit', csv, '--json'], platform);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({
      subject: { kind: 'AGENCY', domicileRegion: '330106' },
      measures: [{ type: 'WARNING' }, { type: 'OTHER', name: '下架商品链接' }],
    });
    const unnamed = file('unnamed.csv', 'idempotency_key,kind,measures\nx,AGENCY,OTHER@2026-01-01T00:00:00Z\n');
    expect((await tLsgw(['report', 'submit', unnamed], platform)).code).toBe(2);
  });
});
