import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { certificateSerial } from '../../certs/ca.js';
import { COMMANDS, EXIT } from '../../certs/cli.js';
import { certPaths } from '../../certs/store.js';
import { CLI_TS, TSX, certsCli, devCertsDir, opensslCsr, platformArgs, read, tmp } from './helpers.js';

/** The CA tool's command line: refusals, a whole issue/revoke/crl/init round, help, and exit codes as a program. */
const dir = devCertsDir('lsgw-certs-');
const paths = certPaths(dir);

describe('CLI', () => {
  const cli = (...argv: string[]) => certsCli(dir, ...argv);

  it.each([
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y44', '--region', '350102', '--name', 'X'],
      "refused: --uscc 91350100M000100Y44: check character should be '3'",
    ],
    [
      ['issue', 'platform', '--uscc', '91350100M000100I43', '--region', '350102', '--name', 'X'],
      "refused: --uscc 91350100M000100I43: character 'I' is not allowed",
    ],
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '990102', '--name', 'X'],
      "refused: --region 990102: '99' is not a province-level code",
    ],
    [['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '350102'], 'refused: --name is required'],
    [
      ['issue', 'regulator', '--authority', 'mps', '--level', 'province', '--region', '330000', '--name', 'X'],
      'refused: --authority mps: unknown (expected samr or cac)',
    ],
    [
      ['issue', 'regulator', '--authority', 'samr', '--level', 'city', '--region', '330100', '--name', 'X'],
      'refused: --level city: unknown (expected national, province, prefecture, county)',
    ],
    [
      ['issue', 'regulator', '--authority', 'samr', '--level', 'national', '--region', '330000', '--name', 'X'],
      'refused: --region 330000: a national office must use region 100000',
    ],
    [['issue', 'member', '--name', 'X'], 'refused: issue member: expected platform or regulator'],
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '350102', '--name', 'X', '--colour', 'red'],
      'refused: unknown option --colour',
    ],
    [['revoke', 'no-such.crt'], 'refused: no-such.crt: no such certificate file'],
  ])('refuses %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r).toEqual({ code: 1, out: [], err: [message] });
  });

  it('issues, revokes and re-issues the CRL, printing paths and no key material', async () => {
    const issued = await cli(
      'issue',
      'platform',
      '--uscc',
      '91350100M000100Y43',
      '--region',
      '350102',
      '--name',
      '福州示范直播有限公司',
      '--out',
      'fz-demo',
    );
    expect(issued.code).toBe(0);
    expect(issued.out).toContain(`wrote ${paths.member('fz-demo').cert}`);
    expect(issued.out).toContain(`wrote ${paths.member('fz-demo').key}`);
    const revoked = await cli('revoke', paths.member('fz-demo').cert, '--reason', 'superseded');
    expect(revoked.code).toBe(0);
    expect(revoked.out[0]).toBe(`revoked serial ${certificateSerial(read(paths.member('fz-demo').cert))}`);
    const crl = await cli('crl');
    expect(crl.code).toBe(0);
    expect(crl.out[0]).toMatch(new RegExp(`^wrote ${paths.crl} \\(next update `));
    const init = await cli('init');
    expect(init.out[0]).toBe(`kept the existing CA in ${dir}`);
    expect([...issued.out, ...revoked.out, ...crl.out, ...init.out].join('\n')).not.toMatch(/PRIVATE KEY|BEGIN/);
  });

  it('exits 1 with a one-line message when run as a program', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        TSX,
        [
          CLI_TS,
          'issue',
          'platform',
          '--uscc',
          '91350100M000100Y44',
          '--region',
          '350102',
          '--name',
          'X',
          '--dir',
          dir,
        ],
        { stdio: 'pipe', encoding: 'utf8' },
      );
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toBe("refused: --uscc 91350100M000100Y44: check character should be '3'\n");
  });
});

describe('the CLI', () => {
  it.each(COMMANDS.map((c) => [c.name]))('%s --help prints its usage and exits 0', async (name) => {
    const r = await certsCli(dir, name, '--help');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out[0]).toMatch(new RegExp(`^usage: npm run certs -- ${name}\\b`));
    expect(await certsCli(dir, 'help', name)).toEqual(r);
  });

  it('help lists every command', async () => {
    const r = await certsCli(dir, 'help');
    for (const c of COMMANDS)
      expect(r.out).toContainEqual(
        expect.stringMatching(new RegExp(`^  ${c.name} +${c.summary.replace(/[()|.*+?[\]\\]/g, '\\$&')}$`)),
      );
    expect(await certsCli(dir, 'help', 'frobnicate')).toMatchObject({
      code: EXIT.REFUSED,
      err: ['refused: help frobnicate: no such command'],
    });
  });

  it('as a program, exits 1 with one line on stderr for a refused CSR', () => {
    const { csr } = opensslCsr(tmp('lsgw-member-'), 'weak', { key: 'rsa1024' });
    const r = spawnSync(TSX, [CLI_TS, 'sign', csr, ...platformArgs(), '--dir', dir], { encoding: 'utf8' });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: 'refused: RSA key of 1024 bits: at least 2048 required (or use EC P-256)\n',
    });
  });
});
