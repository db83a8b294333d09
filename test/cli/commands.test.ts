import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, residentId } from '../blacklist/fixtures.js';
import { violation } from '../case-cooperation/fixtures.js';
import { businessOperator } from '../identity-registry/fixtures.js';
import { measure, tInput } from '../penalty-reports/helpers.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { memberP12 } from '../client/support.js';
import { commandPaths } from '../../cli/program.js';
import { cliEnv, tLsgw } from './support.js';

/** Each CLI command in this process (runCli, as the binary runs it), through the gateway over mTLS. */
let fed: TestFederation;
let dir: string;
let platform: NodeJS.ProcessEnv;
let samr: NodeJS.ProcessEnv;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(async () => {
  fed = await startTestFederation();
  dir = mkdtempSync(join(tmpdir(), 'lsgw-cli-'));
  platform = cliEnv(fed, 'demo-platform');
  samr = cliEnv(fed, 'samr-zhejiang');
}, 120_000);
afterAll(() => fed?.close());

describe('every command has --help and the CLI refuses bad usage with exit 2', () => {
  it.each([[], ...commandPaths()].map((path) => [path.join(' ') || 'lsgw', path]))('%s --help', async (_, path) => {
    const r = await tLsgw([...(path as string[]), '--help'], {});
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: lsgw ${(path as string[]).join(' ')}`.trim());
  });

  it('has a command for each job of the issue and of the cookbook', () => {
    const all = commandPaths().map((p) => p.join(' '));
    for (const c of [
      'filing upload',
      'filing submit',
      'filing status',
      'report submit',
      'report list',
      'report pending',
      'blacklist check',
      'blacklist add',
      'notices list',
      'notices watch',
      'notices answer',
      'notices overdue',
      'compliance',
      'search',
    ])
      expect(all).toContain(c);
  });

  it('exits 2 for an unknown command, a missing argument, or no member certificate, sending nothing', async () => {
    expect((await tLsgw(['bogus'], {})).code).toBe(2);
    expect((await tLsgw(['blacklist', 'check', 'x.csv'], platform)).code).toBe(2); // --out is required
    const none = await tLsgw(['whoami'], { CERTS_DIR: dir }, { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.err).toContain('no member certificate');
  });
});

describe('configuration', () => {
  it('reads the gateway URL and member files from a YAML config file, paths relative to it', async () => {
    const m = fed.certs.member('demo-platform');
    const cfg = file('lsgw.yaml', `url: ${fed.gatewayUrl}\ncert: ${m.cert}\nkey: ${m.key}\nca: ${fed.certs.ca}\n`);
    const r = await tLsgw(['--config', cfg, '--json', 'whoami'], {});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ role: 'PLATFORM', org: '91330106MA27XXXXX0' });
    const shown = JSON.parse((await tLsgw(['--config', cfg, '--json', 'config'], { LSGW_KEY: m.key })).out);
    expect(shown).toMatchObject({
      url: fed.gatewayUrl,
      member: { cert: m.cert, key: m.key },
      sources: { url: cfg, cert: cfg, key: 'LSGW_KEY' },
    });
  });

  it('connects with a .p12 whose passphrase comes from the environment', async () => {
    const { p12, passphrase } = memberP12(fed, 'samr-zhejiang');
    const env = { LSGW_URL: fed.gatewayUrl, LSGW_P12: p12, LSGW_CA: fed.certs.ca, LSGW_P12_PASSPHRASE: passphrase };
    const r = await tLsgw(['whoami', '--json'], env);
    expect(JSON.parse(r.out)).toMatchObject({ role: 'REGULATOR', region: '330000' });
    const wrong = await tLsgw(['whoami'], { ...env, LSGW_P12_PASSPHRASE: 'nope' });
    expect([wrong.code, wrong.err]).toEqual([2, expect.stringContaining('wrong passphrase')]);
  });
});

describe('platform jobs', () => {
  it('filing upload, status and submit; the office sees it with compliance --csv and search', async () => {
    const ops = file('ops.ndjson', [1, 2, 3].map((n) => JSON.stringify(businessOperator(n))).join('\n'));
    const up = await tLsgw(
      ['filing', 'upload', '--period', '2026-07', '--operators', ops, '--batch-size', '2'],
      platform,
    );
    expect(up.code).toBe(0);
    expect(up.err).toContain('2 batches (2 sent');
    const status = await tLsgw(
      ['--json', 'filing', 'status', '--period', '2026-07', '--state', `${ops}.2026-07.upload-state.json`],
      platform,
    );
    expect(JSON.parse(status.out)).toMatchObject({
      filing: { status: 'OPEN', operatorCount: 3 },
      state: { confirmed: [1, 2] },
    });
    // Art 9 with Art 54 (2): no streamers this period, declared, so the section is not MISSING.
    expect(
      (await tLsgw(['filing', 'submit', '--period', '2026-07', '--nothing-to-report', 'viewers'], platform)).code,
    ).toBe(2);
    const sealed = await tLsgw(
      ['filing', 'submit', '--period', '2026-07', '--nothing-to-report', 'streamers', '--json'],
      platform,
    );
    expect(JSON.parse(sealed.out)).toMatchObject({ status: 'SUBMITTED', operatorCount: 3 });

    const csv = await tLsgw(['compliance', '2026-07', '--csv'], samr);
    expect(csv.code).toBe(0);
    const lines = csv.out.split('\n');
    expect(lines[0]).toBe(
      'platform_uscc,platform_name,domicile,period,status,overdue,filing_id,submitted_at,operators,streamers,stale_operators,stale_streamers,operators_status,streamers_status',
    );
    expect(lines.find((l) => l.startsWith('91330106MA27XXXXX0,'))).toMatch(
      /,2026-07,(ON_TIME|LATE),false,[^,]+,[^,]+,3,0,3,0,(ON_TIME|LATE),(ON_TIME|LATE)$/,
    );
    const found = await tLsgw(['search', '--name', '杭州直播商贸2有限公司', '--json'], samr);
    expect(
      JSON.parse(found.out).map((o: { liveAccounts: { accountId: string }[] }) => o.liveAccounts[0].accountId),
    ).toEqual(['room-2']);
  });

  it('report submit from JSON and CSV, report list; the province lists reports pending and acknowledges', async () => {
    const json = file(
      'reports.json',
      JSON.stringify([tInput('cli-1'), tInput('cli-2', { measures: [measure('ACCOUNT_CLOSURE')] })]),
    );
    const receipts = join(dir, 'receipts');
    const a = await tLsgw(['report', 'submit', json, '--json', '--receipts', receipts], platform);
    expect(a.code).toBe(0);
    const [r1, r2] = JSON.parse(a.out);
    expect(readFileSync(join(receipts, `${r1.id}.jws`), 'utf8').split('.')).toHaveLength(3);
    const again = await tLsgw(['report', 'submit', json, '--json'], platform);
    expect(JSON.parse(again.out).map((r: { id: string }) => r.id)).toEqual([r1.id, r2.id]); // replayed by key

    const csv = file(
      'reports.csv',
      'idempotency_key,kind,name,uscc,live_accounts,business_region,measures,facts,legal_basis,trigger,decided_at\n' +
        `cli-csv,OPERATOR,福州某某商贸有限公司,91350100M000100Y43,fz-live-01:好物直播间,350102,WARNING@${new Date(Date.now() - 86_400_000).toISOString()},"直播中对普通食品宣称疾病治疗功能",中华人民共和国广告法:第十七条,PATROL,${new Date(Date.now() - 86_400_000).toISOString()}\n`,
    );
    const c = await tLsgw(['report', 'submit', csv, '--json'], platform);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.out)[0]).toMatchObject({
      idempotencyKey: 'cli-csv',
      subject: { kind: 'OPERATOR', business: { uscc: '91350100M000100Y43' } },
    });
    const list = await tLsgw(['report', 'list', '--json'], platform);
    expect(
      JSON.parse(list.out)
        .map((r: { idempotencyKey: string }) => r.idempotencyKey)
        .sort(),
    ).toEqual(['cli-1', 'cli-2', 'cli-csv']);

    const pending = await tLsgw(['reports', 'pending', '--json'], samr);
    expect(JSON.parse(pending.out).map((r: { id: string }) => r.id)).toEqual([r2.id]);
    expect((await tLsgw(['reports', 'acknowledge', r2.id], samr)).code).toBe(0);
    expect(JSON.parse((await tLsgw(['reports', 'pending', '--json'], samr)).out)).toEqual([]);
  });

  it('exits 3 on a refusal and prints every field problem with its path', async () => {
    const bad = file('bad.json', JSON.stringify(tInput('cli-bad', { facts: '', legalBasis: [] })));
    const r = await tLsgw(['report', 'submit', bad], platform);
    expect(r.code).toBe(3);
    expect(r.err).toContain('refused: BAD_USER_INPUT');
    expect(r.err).toMatch(/^  input\.facts: .+$/m);
    expect(r.err).toMatch(/^  input\.legalBasis: .+$/m);
    expect((await tLsgw(['reports', 'pending'], platform)).code).toBe(0); // a platform has none pending
    const forbidden = await tLsgw(['notices', 'send', file('n.json', JSON.stringify(violation()))], platform);
    expect([forbidden.code, forbidden.err]).toEqual([3, expect.stringContaining('refused: FORBIDDEN')]);
  });

  it('blacklist add and list', async () => {
    const entries = file(
      'entries.ndjson',
      JSON.stringify(
        entryInput({
          key: 'cli-e1',
          now: new Date(),
          person: { name: '王五', number: residentId('33010619850101123') },
        }),
      ),
    );
    const r = await tLsgw(['blacklist', 'add', entries, '--json'], platform);
    expect(r.code).toBe(0);
    const [entry] = JSON.parse(r.out);
    const list = await tLsgw(['blacklist', 'list', '--status', 'ACTIVE', '--json'], platform);
    expect(JSON.parse(list.out).map((e: { id: string }) => e.id)).toContain(entry.id);
  });

  it('notices: the office sends, the platform lists, acknowledges and answers (the same answer twice is one), overdue is empty', async () => {
    const sent = await tLsgw(
      ['notices', 'send', file('notice.json', JSON.stringify(violation({ summary: 'cli notice' }))), '--json'],
      samr,
    );
    const [notice] = JSON.parse(sent.out);
    const listed = await tLsgw(['notices', 'list', '--status', 'SENT', '--json'], platform);
    expect(JSON.parse(listed.out).map((n: { id: string }) => n.id)).toContain(notice.id);
    expect(JSON.parse((await tLsgw(['notices', 'acknowledge', notice.id, '--json'], platform)).out).status).toBe(
      'ACKNOWLEDGED',
    );
    const data = file('answer.json', JSON.stringify({ removed: 3 }));
    const evidence = file('evidence.csv', 'a,b\n1,2\n');
    const args = ['notices', 'answer', notice.id, '--data', data, '--attach', evidence, '--json'];
    const first = JSON.parse((await tLsgw(args, platform)).out);
    expect(first.status).toBe('ANSWERED');
    const second = JSON.parse((await tLsgw(args, platform)).out);
    expect(second.answers.map((x: { seq: number }) => x.seq)).toEqual([1]);
    const overdue = await tLsgw(['notices', 'overdue', '--json'], samr);
    expect(JSON.parse(overdue.out)).toEqual([]);
  });

  it('leads transfer, list and decide; logs checks and access; evidence', async () => {
    const lead = file(
      'lead.json',
      JSON.stringify({ to: { authority: 'CAC', level: 'PROVINCE', region: '330000' }, summary: 'cli lead' }),
    );
    const [sent] = JSON.parse((await tLsgw(['leads', 'transfer', lead, '--json'], samr)).out);
    const cac = cliEnv(fed, 'cac-zhejiang');
    const received = JSON.parse((await tLsgw(['leads', 'list', '--direction', 'RECEIVED', '--json'], cac)).out);
    expect(received.map((l: { id: string }) => l.id)).toContain(sent.id);
    const declined = await tLsgw(['leads', 'decide', sent.id, 'DECLINE', '--reason', '不属本机关管辖', '--json'], cac);
    expect(JSON.parse(declined.out)).toMatchObject({ id: sent.id, status: 'DECLINED' });

    const peer = cliEnv(fed, 'demo-platform-b');
    const subjects = file(
      'subjects.csv',
      `document_type,document_number\nRESIDENT_ID,${residentId('33010619850101123')}\n`,
    );
    expect(
      (await tLsgw(['blacklist', 'check', subjects, '--out', join(dir, 'r.csv'), '--purpose', 'ACCOUNT_CHANGE'], peer))
        .code,
    ).toBe(0);
    const checks = JSON.parse((await tLsgw(['logs', 'checks', '--purpose', 'ACCOUNT_CHANGE', '--json'], peer)).out);
    expect(checks.map((c: { listed: boolean }) => c.listed)).toEqual([true]);
    const national = cliEnv(fed, 'samr-national');
    const reads = JSON.parse((await tLsgw(['logs', 'access', 'identityRegistry', '--json'], national)).out);
    expect(reads.some((r: { principalOrg: string }) => r.principalOrg === 'samr/province/330000')).toBe(true);
    expect((await tLsgw(['logs', 'access', 'nowhere'], national)).code).toBe(2);
    const heads = JSON.parse((await tLsgw(['evidence', '--json'], platform)).out);
    expect(heads.penaltyReports.treeHead.size).toBeGreaterThan(0);
  });
});
