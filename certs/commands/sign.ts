import { readFileSync } from 'node:fs';
import { MAX_RSA_BITS, MIN_RSA_BITS } from '../csr.js';
import { signMember } from '../store.js';
import { MEMBER_HELP, MEMBER_USAGE, Refusal, days, dirOf, memberSpecFrom, noExtra, type Command } from './args.js';

export const sign: Command = {
  name: 'sign',
  summary: "sign a member's CSR with the identity given here (the member keeps its key)",
  help: [
    `usage: npm run certs -- sign <csr.pem> ${MEMBER_USAGE.platform} [--out slug] [--days N] [--dir D]`,
    `       npm run certs -- sign <csr.pem> ${MEMBER_USAGE.regulator} [--out slug] [--days N] [--dir D]`,
    '',
    'Signs a PKCS#10 request (from openssl, or from `npm run certs -- csr`) as a client certificate and',
    'writes only the certificate, members/<slug>.crt, recorded in issued.json so it can be revoked.',
    `Accepts RSA keys of ${MIN_RSA_BITS} to ${MAX_RSA_BITS} bits and EC P-256 keys, with a valid self-signature; refuses`,
    'anything else. The identity is validated as `issue` validates it and is the only one in the',
    'certificate: any subject or SAN in the CSR is ignored (and printed, so you can see what was asked).',
    '',
    'Renewal: when members/<slug>.crt already holds a current certificate of the same member, it is kept,',
    'still valid, as members/<slug>.<serial>.crt; revoke it once the member has switched',
    '(npm run certs -- revoke --serial <serial>, or revoke members/<slug>.<serial>.crt).',
    '',
    ...MEMBER_HELP,
    '  --out   the file name under members/ (default: platform-<uscc> or <authority>-<level>-<region>)',
    '  --days  validity, 1 to 3650 (default 365)',
  ],
  async run(argv, io) {
    const [csrFile, ...rest] = argv;
    if (!csrFile || csrFile.startsWith('--'))
      throw new Refusal('sign needs a CSR file: sign <csr.pem> platform|regulator …');
    const { spec, p } = memberSpecFrom('sign', rest, ['out', 'days', 'dir']);
    noExtra(p, 0);
    let csr: Buffer;
    try {
      csr = readFileSync(csrFile);
    } catch {
      throw new Refusal(`${csrFile}: cannot read the CSR file`);
    }
    const s = await signMember(dirOf(p), csr, spec, { slug: p.flags.get('out'), validDays: days(p) });
    io.out(`signed ${s.uri} serial ${s.serial} (key ${s.key}, valid until ${s.notAfter.toISOString()})`);
    const ignored = [
      s.ignored.subject && `subject ${s.ignored.subject}`,
      s.ignored.sans.length > 0 && `SAN ${s.ignored.sans.join(', ')}`,
    ].filter(Boolean);
    if (ignored.length) io.out(`ignored from the CSR: ${ignored.join('; ')}`);
    io.out(`wrote ${s.cert}`);
    if (s.previous?.current) {
      io.out(
        `renewal: the previous certificate, serial ${s.previous.serial} (valid until ${s.previous.notAfter.toISOString()}), is now ${s.previous.cert}`,
      );
      io.out(`  it stays valid until revoked: npm run certs -- revoke --serial ${s.previous.serial}`);
    } else if (s.previous) {
      io.out(`moved the previous (revoked or expired) certificate, serial ${s.previous.serial}, to ${s.previous.cert}`);
    }
    if (s.previous?.key) io.out(`moved its CA-made key to ${s.previous.key}`);
  },
};
