import { spawnSync } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../certs/cli.js';
import { certPaths } from '../../certs/store.js';
import { dataKeyFiles } from '../../lib/keys/data-keys.js';
import { createPiiCipher } from '../../lib/pii.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import { certsCli, read, removeTmp, tmp } from './helpers.js';

/** Each subgraph's own data keys: made by `certs init`, rotated and retired by the CA tool, required at start. */
afterAll(removeTmp);
const ring = (dir: string, name: (typeof SUBGRAPHS)[number]['name']) =>
  subgraphConfigFromEnv(name, { CERTS_DIR: dir }).pii;

describe('data keys', () => {
  it('gives every subgraph keys of its own, 0600, and none shared', async () => {
    const dir = tmp('lsgw-dk-');
    expect((await certsCli(dir, 'init', '--no-demo')).code).toBe(EXIT.OK);
    const p = certPaths(dir);
    const seen = new Set<string>();
    for (const { name } of SUBGRAPHS) {
      const f = dataKeyFiles(p.dataKeys(name));
      const r = ring(dir, name);
      for (const file of [f.hmac, f.enc(r.current)]) {
        expect(statSync(file).mode & 0o777, file).toBe(0o600);
        seen.add(read(file));
      }
      expect(r.legacy).toBeUndefined();
    }
    expect(seen.size).toBe(SUBGRAPHS.length * 2);
    expect(existsSync(p.piiEncKey) || existsSync(p.piiHmacKey)).toBe(false);
  });

  it('carries a folder of the shared key pair over: v1 values open and the stored hashes still match', async () => {
    const dir = tmp('lsgw-dk-old-');
    const p = certPaths(dir);
    const [enc, hmac] = [randomBytes(32), randomBytes(32)];
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(p.piiEncKey, enc.toString('base64'));
    writeFileSync(p.piiHmacKey, hmac.toString('base64'));
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', enc, iv);
    const body = Buffer.concat([c.update('110105194912310021'), c.final()]);
    const v1 = ['v1', iv, c.getAuthTag(), body]
      .map((x) => (typeof x === 'string' ? x : x.toString('base64url')))
      .join('.');
    const before = createPiiCipher({ encKey: enc, hmacKey: hmac }).hash('RESIDENT_ID:110105194912310021');
    expect((await certsCli(dir, 'init', '--no-demo')).code).toBe(EXIT.OK);
    for (const { name } of SUBGRAPHS) {
      const pii = createPiiCipher(ring(dir, name));
      expect(pii.decrypt(v1)).toBe('110105194912310021');
      expect(pii.hash('RESIDENT_ID:110105194912310021')).toBe(before);
      expect(pii.keyIdOf(pii.encrypt('x'))).not.toMatch(/^f-/); // a new key of its own for new values
    }
  });

  it('rotates one subgraph, keeps its older keys, never retires the current one, and leaves the others alone', async () => {
    const dir = tmp('lsgw-dk-rot-');
    await certsCli(dir, 'init', '--no-demo');
    const others = SUBGRAPHS.filter((s) => s.name !== 'penalty-reports').map((s) => ring(dir, s.name).current);
    const old = ring(dir, 'penalty-reports');
    const r = await certsCli(dir, 'rotate-data-key', 'penalty-reports');
    expect(r.code).toBe(EXIT.OK);
    const now = ring(dir, 'penalty-reports');
    expect(r.out[0]).toMatch(new RegExp(`^penalty-reports: new current data key ${now.current} `));
    expect([...now.keys.keys()].sort()).toEqual([old.current, now.current].sort());
    expect(now.hmacKey.equals(old.hmacKey)).toBe(true);
    expect(SUBGRAPHS.filter((s) => s.name !== 'penalty-reports').map((s) => ring(dir, s.name).current)).toEqual(others);
    expect(await certsCli(dir, 'retire-data-key', 'penalty-reports', now.current)).toMatchObject({
      code: EXIT.REFUSED,
      err: [`refused: ${now.current} is the current key: rotate first, then re-encrypt`],
    });
    expect((await certsCli(dir, 'rotate-data-key', 'payments')).err[0]).toMatch(
      /rotate-data-key payments: expected one of/,
    );
    expect((await certsCli(dir, 'retire-data-key', 'penalty-reports', old.current)).code).toBe(EXIT.OK);
    expect([...ring(dir, 'penalty-reports').keys.keys()]).toEqual([now.current]);
  });

  it('refuses to start a subgraph whose data keys are missing, saying what to run', () => {
    const dir = tmp('lsgw-dk-missing-');
    const init = spawnSync(process.execPath, ['--import', 'tsx', 'certs/cli.ts', 'init', '--no-demo', '--dir', dir], {
      encoding: 'utf8',
    });
    expect(init.status).toBe(0);
    const f = dataKeyFiles(certPaths(dir).dataKeys('blacklist'));
    rmSync(f.enc(readFileSync(f.current, 'utf8').trim()));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'subgraphs/blacklist/src/index.ts'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        CERTS_DIR: dir,
        DATA_DIR: tmp('lsgw-dk-data-'),
        BLACKLIST_PORT: '0',
        METRICS: 'off',
      },
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("blacklist's data keys are incomplete: the current key");
    expect(run.stderr).toContain('Run `npm run certs -- init`');
  });
});
