/**
 * blacklist's service calls (lib/http/peer-call.ts, lib/subgraph/peer-endpoint.ts): it asks penalty-reports about
 * an entry's disposal report, and ends entries when penalty-reports lifts a report's BLACKLISTING (Art 14 ¶3).
 */
import type { PeerClient } from '../../../lib/http/peer-call.js';
import type { PeerOperations } from '../../../lib/subgraph/peer-endpoint.js';
import type { ReportReferences } from './domain/report-links.js';
import type { ReportLinksService } from './domain/report-links.service.js';

/** penalty-reports' `report-references`, for a listing: the platform's own report, with BLACKLISTING in force. */
export function reportReferences(peers: PeerClient): ReportReferences {
  return {
    async withBlacklisting(platformUscc, ids) {
      const out = await peers.call<{ verdicts: Record<string, string> }>('penalty-reports', 'report-references', {
        platformUscc,
        ids,
        measure: 'BLACKLISTING',
      });
      return out.verdicts;
    },
  };
}

/** `end-entries`: penalty-reports, when the platform lifts a report's BLACKLISTING measure (Art 14 ¶3). */
export function peerOperations(links: ReportLinksService): PeerOperations {
  return {
    'end-entries': { callers: ['penalty-reports'], handle: (body, caller) => links.endEntries(body, caller) },
  };
}
