import { execFileSync, spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../certs/cli.js';
import { certPaths, issueMember } from '../../certs/store.js';
import { certsCli, noDemoCertsDir, opensslCsr, platformArgs, read, tmp } from './helpers.js';

/** `certs export-p12`: a member's certificate and key as a .p12 that Node's TLS and openssl 3 accept. */
const dir = noDemoCertsDir('lsgw-ca-');
const paths = certPaths(dir);

describe('export-p12', () => {
  const out = tmp('lsgw-p12-');
  const P = 'correct horse battery';
  let hasOpenssl = true;
  beforeAll(() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      hasOpenssl = false;
    }
  });
  const servers: tls.Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** A TLS server with the gateway's certificate that asks for a client certificate and reports the verdict. */
  async function acceptsPfx(pfx: Buffer, passphrase: string): Promise<{ authorized: boolean; san?: string }> {
    const g = paths.service('gateway');
    const server = tls.createServer({
      key: read(g.key),
      cert: read(g.cert),
      ca: read(paths.ca),
      crl: read(paths.crl),
      requestCert: true,
      rejectUnauthorized: false,
    });
    servers.push(server);
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const seen = new Promise<{ authorized: boolean; san?: string }>((res) =>
      server.once('secureConnection', (s: tls.TLSSocket) => {
        res({ authorized: s.authorized, san: s.getPeerCertificate().subjectaltname });
        s.end();
      }),
    );
    const socket = tls.connect({
      host: '127.0.0.1',
      port: (server.address() as AddressInfo).port,
      servername: 'localhost',
      ca: read(paths.ca),
      pfx,
      passphrase,
    });
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    const r = await seen;
    socket.destroy();
    return r;
  }

  it('packs a CA-made RSA member key, its certificate and the CA certificate; openssl 3 reads it without -legacy', async () => {
    const m = issueMember(
      dir,
      { kind: 'regulator', authority: 'samr', level: 'province', region: '330000', name: 'Zhejiang AMR' },
      { slug: 'zj-amr' },
    );
    const file = join(out, 'zj.p12');
    const r = await certsCli(dir, 'export-p12', 'zj-amr', '--out', file, '--password', P);
    expect(r).toEqual({
      code: EXIT.OK,
      out: [`wrote ${file} (certificate ${m.cert}, its key, the CA certificate)`],
      err: [],
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await acceptsPfx(readFileSync(file), P)).toEqual({
      authorized: true,
      san: 'URI:spiffe://lsgw/regulator/samr/province/330000',
    });
    if (!hasOpenssl) return;
    const certs = execFileSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${P}`, '-nokeys'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(certs.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(certs).toContain('subject=CN = Zhejiang AMR');
    expect(certs).toContain('subject=CN = LSGW Exchange Root CA');
    expect(certs).toContain('friendlyName: zj-amr');
    const infoRun = spawnSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${P}`, '-info', '-noout'], {
      encoding: 'utf8',
    });
    expect(infoRun.status).toBe(0);
    const info = infoRun.stdout + infoRun.stderr; // -info writes to stderr
    expect(info).toContain('MAC: sha256, Iteration 2048');
    expect(info).toContain('Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 2048, PRF hmacWithSHA256');
    const key = execFileSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${P}`, '-nocerts', '-nodes'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' })).toBe(
      createPrivateKey(read(m.key)).export({ type: 'pkcs8', format: 'pem' }),
    );
    const wrong = spawnSync('openssl', ['pkcs12', '-in', file, '-passin', 'pass:wrong password', '-nokeys'], {
      encoding: 'utf8',
    });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/mac verify (error|failure)/i);
  });

  it('packs an EC key the member made itself (--key), with a generated password printed once', async () => {
    const member = tmp('lsgw-member-');
    const { csr, key } = opensslCsr(member, 'me', { key: 'ec' });
    expect((await certsCli(dir, 'sign', csr, ...platformArgs(), '--out', 'ec-member')).code).toBe(EXIT.OK);
    const file = join(out, 'ec.p12');
    expect((await certsCli(dir, 'export-p12', 'ec-member', '--out', file)).err).toEqual([
      `refused: ec-member: no private key next to ${paths.member('ec-member').cert} (a member that made its own key exports it on its own machine, with --key)`,
    ]);
    const r = await certsCli(
      dir,
      'export-p12',
      paths.member('ec-member').cert,
      '--key',
      key,
      '--out',
      file,
      '--name',
      'Fuzhou live',
    );
    expect(r.code).toBe(EXIT.OK);
    const password = /^password: (\S+) \(made for this file/.exec(r.out[1])?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await acceptsPfx(readFileSync(file), password!)).authorized).toBe(true);
    if (hasOpenssl) {
      expect(
        execFileSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${password}`, '-nokeys'], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      ).toContain('friendlyName: Fuzhou live');
    }
    expect(await certsCli(dir, 'export-p12', 'ec-member', '--key', key, '--out', file, '--password', P)).toMatchObject({
      code: EXIT.REFUSED,
      err: [`refused: ${file} already exists: choose another --out`],
    });
    expect(
      await certsCli(dir, 'export-p12', 'ec-member', '--key', key, '--out', join(out, 'x.p12'), '--password', 'short'),
    ).toMatchObject({ err: ['refused: the .p12 password must have at least 8 characters'] });
    expect(
      await certsCli(dir, 'export-p12', 'zj-amr', '--key', key, '--out', join(out, 'y.p12'), '--password', P),
    ).toMatchObject({
      code: EXIT.REFUSED,
      err: [expect.stringContaining('the private key does not belong to the certificate')],
    });
    expect(readdirSync(out).sort()).toEqual(['ec.p12', 'zj.p12']);
  });
});
