import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { makeCsr, type CsrKeyType } from '../csr.js';
import { writeAtomic, writeIfAbsent } from '../files.js';
import { Refusal, dirOf, noExtra, parse, required, type Command } from './args.js';

export const KEY_FILE = 'member.key';
export const CSR_FILE = 'member.csr';

/** The path with symbolic links resolved as far as it exists. */
function real(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = resolve(head, '..');
    if (up === head) break;
    tail.unshift(relative(up, head));
    head = up;
  }
  return join(realpathSync(head), ...tail);
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

export const csr: Command = {
  name: 'csr',
  summary: "make a member's own private key and certificate signing request (for members without openssl)",
  help: [
    'usage: npm run certs -- csr --out <dir> [--key-type ec|rsa] [--name label] [--dir D]',
    '',
    `Run by the member. Writes <dir>/${KEY_FILE} (PKCS#8, mode 0600: keep it, never send it) and`,
    `<dir>/${CSR_FILE} (send this to the exchange operator, who runs \`sign\`). Refuses to write into the`,
    'CA folder (D, else CERTS_DIR, else .dev-certs) or over an existing key.',
    '',
    '  --key-type  ec (P-256, the default) or rsa (2048 bits)',
    '  --name      a label for the CSR subject; the operator ignores it and types the identity',
  ],
  async run(argv, io) {
    const p = parse(argv, ['out', 'key-type', 'name', 'dir']);
    noExtra(p, 0);
    const [out] = required(p, 'out');
    const keyType = (p.flags.get('key-type') ?? 'ec') as CsrKeyType;
    if (keyType !== 'ec' && keyType !== 'rsa') throw new Refusal(`--key-type ${keyType}: expected ec or rsa`);
    const outDir = resolve(out);
    if (inside(real(outDir), real(dirOf(p)))) {
      throw new Refusal(`--out ${out}: is inside the CA folder ${dirOf(p)}; a member's key never goes there`);
    }
    const keyFile = join(outDir, KEY_FILE);
    const csrFile = join(outDir, CSR_FILE);
    for (const f of [keyFile, csrFile])
      if (existsSync(f)) throw new Refusal(`${f} already exists: choose another --out`);
    const made = await makeCsr(keyType, p.flags.get('name')?.trim() || undefined);
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    if (!writeIfAbsent(keyFile, made.keyPem, 0o600))
      throw new Refusal(`${keyFile} already exists: choose another --out`);
    writeAtomic(csrFile, made.csrPem);
    io.out(`wrote ${keyFile} (${keyType === 'ec' ? 'EC P-256' : 'RSA 2048'} private key, mode 0600: keep it here)`);
    io.out(`wrote ${csrFile} (send this to the exchange operator)`);
  },
};
