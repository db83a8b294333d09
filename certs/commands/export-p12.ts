import { X509Certificate, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { writeIfAbsent } from '../files.js';
import { buildP12, P12_MAC_ITERATIONS } from '../p12.js';
import { certPaths, memberKeyPair } from '../store.js';
import { Refusal, dirOf, noExtra, parse, required, type Command } from './args.js';

export const exportP12: Command = {
  name: 'export-p12',
  summary: 'write a member certificate, its key and the CA certificate as a PKCS#12 file for a browser or key store',
  help: [
    'usage: npm run certs -- export-p12 <member slug | cert file> --out file.p12 [--key file]',
    '         [--password P | --password-file F] [--ca ca.crt] [--name label] [--dir D]',
    '',
    'Packs the certificate, its private key and the CA certificate into a password-protected .p12 (mode',
    "0600, never over an existing file). The key is members/<slug>.key, or the certificate's file name",
    'with .key, or --key (a member that made its own key with `csr` runs this on its own machine).',
    'Without --password or --password-file a random password is made and printed once.',
    '',
    `Encryption: key PBES2 (PBKDF2-HMAC-SHA256, 2048 iterations) with AES-256-CBC; MAC HMAC-SHA-256,`,
    `${P12_MAC_ITERATIONS} iterations — OpenSSL 3's own defaults; \`openssl pkcs12\` reads it without -legacy.`,
    '',
    '  --ca    the CA certificate to include (default: ca.crt of the CA folder, when it issued this one)',
    '  --name  the friendly name key stores show (default: the file name)',
  ],
  run(argv, io) {
    const p = parse(argv, ['out', 'key', 'password', 'password-file', 'ca', 'name', 'dir']);
    if (p.positional.length === 0) throw new Refusal('export-p12 needs a member slug or a certificate file');
    noExtra(p, 1);
    const [out] = required(p, 'out');
    const dir = dirOf(p);
    const pair = memberKeyPair(dir, p.positional[0], p.flags.get('key'));
    if (!pair.key) {
      throw new Refusal(
        `${p.positional[0]}: no private key next to ${pair.cert} (a member that made its own key exports it on its own machine, with --key)`,
      );
    }
    if (p.flags.has('password') && p.flags.has('password-file'))
      throw new Refusal('give --password or --password-file, not both');
    let password = p.flags.get('password');
    const passwordFile = p.flags.get('password-file');
    if (passwordFile !== undefined) {
      try {
        password = readFileSync(passwordFile, 'utf8').split(/\r?\n/)[0];
      } catch {
        throw new Refusal(`--password-file ${passwordFile}: cannot read it`);
      }
    }
    if (password !== undefined && password.length < 8)
      throw new Refusal('the .p12 password must have at least 8 characters');
    const generated = password === undefined;
    if (generated) password = randomBytes(18).toString('base64url');

    const certPem = readFileSync(pair.cert, 'utf8');
    const chain = [certPem];
    const caFile = p.flags.get('ca') ?? certPaths(dir).ca;
    if (existsSync(caFile)) {
      const caPem = readFileSync(caFile, 'utf8');
      if (new X509Certificate(certPem).checkIssued(new X509Certificate(caPem))) chain.push(caPem);
      else if (p.flags.has('ca')) throw new Refusal(`--ca ${caFile}: did not issue ${pair.cert}`);
    } else if (p.flags.has('ca')) {
      throw new Refusal(`--ca ${caFile}: no such file`);
    }
    let der: Buffer;
    try {
      der = buildP12({
        keyPem: readFileSync(pair.key, 'utf8'),
        certPems: chain,
        password: password as string,
        friendlyName: p.flags.get('name') ?? basename(pair.cert).replace(/\.(crt|pem|cer)$/i, ''),
      });
    } catch (e) {
      throw new Refusal(`${pair.key}: ${(e as Error).message}`);
    }
    const target = resolve(out);
    if (existsSync(target)) throw new Refusal(`${target} already exists: choose another --out`);
    if (!writeIfAbsent(target, der, 0o600)) throw new Refusal(`${target} already exists: choose another --out`);
    io.out(`wrote ${target} (certificate ${pair.cert}, its key${chain.length > 1 ? ', the CA certificate' : ''})`);
    if (generated)
      io.out(
        `password: ${password} (made for this file and shown once: give it to the member by another channel than the file)`,
      );
  },
};
