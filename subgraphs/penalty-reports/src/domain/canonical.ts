/**
 * Two small pure helpers the report needs: instants from the API, and a canonical JSON form whose
 * bytes depend only on the content (sorted keys, ISO instants), so equal content hashes equally.
 */

/** A DateTime as the API hands it over: a Date, or an RFC 3339 string with a zone. */
export type Instant = Date | string;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** The instant, or undefined when `v` is not a valid Date nor an RFC 3339 string with a time zone. */
export function toInstant(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : new Date(v.getTime());
  // A string without a zone would be read in the server's local time: refuse it rather than guess.
  if (typeof v !== 'string' || !RFC3339.test(v)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Canonical JSON is shared by every subgraph (lib/canonical.ts). */
export { canonicalJson } from '../../../../lib/canonical.js';
