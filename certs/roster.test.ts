import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../lib/validators/uscc.js';
import { publish } from './publish.js';
import { certPaths, DEMO_MEMBERS, initCerts, issueMember, type MemberSpec } from './store.js';

/** The platform roster (roster.ts): every platform the CA issued a certificate to, published to identity-registry. */
describe('platform roster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsgw-roster-ca-'));
  initCerts(dir);
  const roster = () => JSON.parse(readFileSync(certPaths(dir).platforms, 'utf8')).platforms;
  const demoPlatforms = DEMO_MEMBERS.filter((m) => m.spec.kind === 'platform').map(
    (m) => (m.spec as Extract<MemberSpec, { kind: 'platform' }>).uscc,
  );

  it('Art 9: lists every platform issued a certificate, no regulator, from the issue on', () => {
    expect(roster().map((e: { uscc: string }) => e.uscc)).toEqual([...demoPlatforms].sort());
    const uscc = '91330106MA0000001' + usccCheckChar('91330106MA0000001');
    issueMember(dir, { kind: 'platform', uscc, region: '330106', name: 'Roster Co.' });
    issueMember(dir, { kind: 'platform', uscc, region: '330108', name: 'Roster Co. (moved)' }, { slug: 'roster-2' });
    const entry = roster().find((e: { uscc: string }) => e.uscc === uscc);
    // The latest certificate names it; the first dates its enrolment.
    expect(entry).toMatchObject({ name: 'Roster Co. (moved)', domicileRegion: '330108' });
    const issued = JSON.parse(readFileSync(certPaths(dir).issued, 'utf8'));
    expect(entry.enrolledAt).toBe(issued.find((r: { uri: string }) => r.uri.endsWith(`${uscc}/330106`)).issuedAt);
  });

  it('is published to identity-registry only', () => {
    const out = mkdtempSync(join(tmpdir(), 'lsgw-roster-out-'));
    publish(dir, out);
    expect(readFileSync(join(out, 'identity-registry', 'platforms.json'), 'utf8')).toBe(
      readFileSync(certPaths(dir).platforms, 'utf8'),
    );
    for (const other of ['gateway', 'penalty-reports', 'blacklist', 'case-cooperation'])
      expect(() => readFileSync(join(out, other, 'platforms.json'))).toThrow();
  });
});
