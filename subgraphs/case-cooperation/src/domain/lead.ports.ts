import type { EvidenceFact } from '../../../../lib/evidence/receipt.js';
import type { Page } from '../../../../lib/pagination.js';
import type { Lead, LeadStatus } from './lead.js';
import type { Versioned, Written } from './notice.ports.js';

/** What LeadService needs from storage (store/lead.repository.ts). */
export interface LeadFilter {
  direction?: 'SENT' | 'RECEIVED' | null;
  status?: LeadStatus | null;
}

export interface LeadStore {
  byId(id: string): Promise<Versioned<Lead> | null>;
  byIdempotencyKey(fromOrg: string, key: string): Promise<{ lead: Lead; digest: string | null } | null>;
  /** Inserts the lead and the fact's leaf in one transaction; null when (from office, idempotency key) already exists. */
  insert(lead: Lead, digest: string | null, fact: EvidenceFact): Promise<Written | null>;
  /** Saves `next` and the fact's leaf in one transaction if the stored version is still `version`; null otherwise. */
  update(next: Lead, version: number, fact: EvidenceFact): Promise<Written | null>;
  /** The receipt handed out for an earlier write (kind, record id), for a replay; null when none. */
  receiptOf(kind: string, recordId: string): Promise<string | null>;
  /** Leads from or to `org` (an office's authority/level/region), newest first. */
  list(org: string, filter: LeadFilter, page: Page): Promise<Lead[]>;
}
