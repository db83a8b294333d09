/**
 * `--publish OUT`: one folder per container, kept in step with the CA folder by the commands that change
 * what a service reads (a re-signed CRL, a rotated or retired data key), and never next to the CA key.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../certs/cli.js';
import { certPaths } from '../../certs/store.js';
import { dataKeyFiles, loadDataKeys } from '../../lib/keys/data-keys.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { certsCli, removeTmp, tmp } from './helpers.js';

afterAll(removeTmp);

describe('certs --publish', () => {
  it('carries a re-signed CRL to every service and rewrites nothing else', async () => {
    const dir = tmp('lsgw-pub-');
    const out = join(tmp('lsgw-pub-out-'), 'out');
    expect((await certsCli(dir, 'init', '--no-demo', '--publish', out)).code).toBe(EXIT.OK);
    const holders = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
    const inode = (s: string, f: string) => statSync(join(out, s, f)).ino;
    const certInodes = holders.map((s) => inode(s, `services/${s}.crt`));
    const again = await certsCli(dir, 'init', '--no-demo', '--publish', out);
    expect(again.out.at(-1)).toBe(`published: every service's folder in ${out} is current`);
    const r = await certsCli(dir, 'crl', '--publish', out);
    expect(r.code).toBe(EXIT.OK);
    const crl = readFileSync(certPaths(dir).crl, 'utf8');
    for (const s of holders) expect(readFileSync(join(out, s, 'ca.crl'), 'utf8'), s).toBe(crl);
    expect(r.out.filter((l) => l.startsWith('published ')).length).toBe(holders.length);
    expect(holders.map((s) => inode(s, `services/${s}.crt`))).toEqual(certInodes);
  });

  it("adds a rotated key to that subgraph's folder only, and removes a retired one", async () => {
    const dir = tmp('lsgw-pub-rot-');
    const out = join(tmp('lsgw-pub-rot-out-'), 'out');
    await certsCli(dir, 'init', '--no-demo', '--publish', out);
    const folder = (s: string) => join(out, s, 'data-keys', s);
    const old = loadDataKeys(folder('blacklist'), 'blacklist').current;
    const r = await certsCli(dir, 'rotate-data-key', 'blacklist', '--publish', out);
    expect(r.out.slice(1)).toEqual([`published blacklist: 2 written, 0 removed (${join(out, 'blacklist')})`]);
    const now = loadDataKeys(folder('blacklist'), 'blacklist');
    expect([...now.keys.keys()].sort()).toEqual([old, now.current].sort());
    expect((await certsCli(dir, 'retire-data-key', 'blacklist', old, '--publish', out)).out.slice(1)).toEqual([
      `published blacklist: 0 written, 1 removed (${join(out, 'blacklist')})`,
    ]);
    expect([...loadDataKeys(folder('blacklist'), 'blacklist').keys.keys()]).toEqual([now.current]);
    expect(() => statSync(dataKeyFiles(folder('blacklist')).enc(old))).toThrow();
  });

  it('refuses a folder inside the CA folder, or one that holds it', async () => {
    const dir = tmp('lsgw-pub-bad-');
    await certsCli(dir, 'init', '--no-demo');
    expect((await certsCli(dir, 'crl', '--publish', join(dir, 'out'))).err[0]).toMatch(/must be outside the CA folder/);
    expect((await certsCli(dir, 'crl', '--publish', join(dir, '..'))).err[0]).toMatch(/must be outside the CA folder/);
  });
});
