import { CRL_REASONS } from '../ca.js';
import { revokeCertificate, revokeSerial } from '../store.js';
import { Refusal, dirOf, noExtra, parse, type Command } from './args.js';
import { PUBLISH_HELP, publishIfAsked } from './publish-option.js';

const REASONS = [
  'unspecified',
  'keyCompromise',
  'caCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'privilegeWithdrawn',
];

export const revoke: Command = {
  name: 'revoke',
  summary: 'revoke a certificate (by file, member slug or serial) and re-sign the CRL',
  help: [
    'usage: npm run certs -- revoke <cert file | member slug> [--reason r] [--publish OUT] [--dir D]',
    '       npm run certs -- revoke --serial S [--reason r] [--publish OUT] [--dir D]',
    '',
    'Adds the certificate to revoked.json and writes a new CRL; running servers pick it up without a',
    'restart. --serial revokes a certificate recorded in issued.json, e.g. the previous certificate of a',
    'renewed member (hex, any case, colons allowed).',
    '',
    `  --reason  ${REASONS.join(', ')}`,
    ...PUBLISH_HELP,
  ],
  run(argv, io) {
    const p = parse(argv, ['reason', 'serial', 'dir', 'publish']);
    const reason = p.flags.get('reason');
    if (reason !== undefined && CRL_REASONS[reason.toLowerCase()] === undefined) {
      throw new Refusal(`--reason ${reason}: expected one of ${REASONS.join(', ')}`);
    }
    const serial = p.flags.get('serial');
    let r: { serial: string; crl: string; alreadyRevoked: boolean };
    if (serial !== undefined) {
      noExtra(p, 0);
      r = revokeSerial(dirOf(p), serial, reason);
    } else {
      if (p.positional.length === 0) throw new Refusal('revoke needs a certificate file, a member slug or --serial');
      noExtra(p, 1);
      r = revokeCertificate(dirOf(p), p.positional[0], reason);
    }
    io.out(r.alreadyRevoked ? `serial ${r.serial} was already revoked` : `revoked serial ${r.serial}`);
    if (!r.alreadyRevoked) io.out(`wrote ${r.crl}`);
    publishIfAsked(p, dirOf(p), io);
  },
};
