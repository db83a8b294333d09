import { issueMember } from '../store.js';
import { MEMBER_HELP, MEMBER_USAGE, days, dirOf, memberSpecFrom, noExtra, type Command } from './args.js';

export const issue: Command = {
  name: 'issue',
  summary: 'issue a member certificate and its private key (the CA makes the key)',
  help: [
    `usage: npm run certs -- issue ${MEMBER_USAGE.platform} [--out slug] [--days N] [--dir D]`,
    `       npm run certs -- issue ${MEMBER_USAGE.regulator} [--out slug] [--days N] [--dir D]`,
    '',
    'Writes members/<slug>.crt and members/<slug>.key (0600). For members that keep their own key, use',
    '`csr` and `sign` instead. Refuses an invalid identity, and a slug whose certificate is current.',
    '',
    ...MEMBER_HELP,
    '  --out   the file name under members/ (default: platform-<uscc> or <authority>-<level>-<region>)',
    '  --days  validity, 1 to 3650 (default 365)',
  ],
  run(argv, io) {
    const { spec, p } = memberSpecFrom('issue', argv, ['out', 'days', 'dir']);
    noExtra(p, 0);
    const issued = issueMember(dirOf(p), spec, { slug: p.flags.get('out'), validDays: days(p) });
    io.out(`issued ${issued.uri} serial ${issued.serial}`);
    io.out(`wrote ${issued.cert}`);
    io.out(`wrote ${issued.key}`);
  },
};
