import type { Page } from '../../../../lib/pagination.js';
import type { Lead, LeadStatus } from './lead.js';
import type { Versioned } from './notice.ports.js';

/** What LeadService needs from storage (store/lead.repository.ts). */
export interface LeadFilter {
  direction?: 'SENT' | 'RECEIVED' | null;
  status?: LeadStatus | null;
}

export interface LeadStore {
  byId(id: string): Promise<Versioned<Lead> | null>;
  byIdempotencyKey(fromOrg: string, key: string): Promise<{ lead: Lead; digest: string | null } | null>;
  /** Inserts; false when (from office, idempotency key) already exists. */
  insert(lead: Lead, digest: string | null): Promise<boolean>;
  update(next: Lead, version: number): Promise<boolean>;
  /** Leads from or to `org` (an office's authority/level/region), newest first. */
  list(org: string, filter: LeadFilter, page: Page): Promise<Lead[]>;
}
