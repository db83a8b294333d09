/**
 * The platform roster (`platforms.json`): every platform this CA issued a certificate to, so identity-registry
 * expects a filing from each (Art 9) before it ever calls. Derived from issued.json, rewritten after every issue
 * and sign and on publish. A revoked certificate does not remove a platform: the duty to file is the platform's,
 * not its certificate's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseSpiffeUri } from '../lib/identity/spiffe.js';
import { certPaths, readJson, writeAtomic } from './files.js';
import type { IssuedRecord } from './records.js';

export interface RosterEntry {
  uscc: string;
  name: string;
  /** The domicile region of the platform's latest certificate. */
  domicileRegion: string;
  /** When its first certificate was issued (ISO 8601). */
  enrolledAt: string;
}

/** The roster from issued.json: one entry a platform, USCC order. */
export function platformRoster(dir: string): RosterEntry[] {
  const byUscc = new Map<string, RosterEntry>();
  for (const r of readJson<IssuedRecord[]>(certPaths(dir).issued, [])) {
    let id: ReturnType<typeof parseSpiffeUri>;
    try {
      id = parseSpiffeUri(r.uri);
    } catch {
      continue;
    }
    if (id.role !== 'platform') continue;
    // issued.json is in issue order: the latest certificate names the platform; the first dates its enrolment.
    const first = byUscc.get(id.uscc);
    byUscc.set(id.uscc, {
      uscc: id.uscc,
      name: r.commonName,
      domicileRegion: id.region,
      enrolledAt: first && first.enrolledAt < r.issuedAt ? first.enrolledAt : r.issuedAt,
    });
  }
  return [...byUscc.values()].sort((a, z) => (a.uscc < z.uscc ? -1 : 1));
}

/** Rewrites `<dir>/platforms.json` when the roster changed (atomically: a reader never sees half a file). */
export function writeRoster(dir: string): boolean {
  const file = certPaths(dir).platforms;
  const text = JSON.stringify({ platforms: platformRoster(dir) }, null, 2) + '\n';
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeAtomic(file, text, 0o644);
  return true;
}
