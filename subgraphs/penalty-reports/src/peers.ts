/**
 * penalty-reports' service calls (lib/http/peer-call.ts, lib/subgraph/peer-endpoint.ts): what it asks the owners
 * of the records its reports refer to, and what it answers the subgraphs whose records refer to its reports.
 */
import type { PeerClient } from '../../../lib/http/peer-call.js';
import type { PeerOperations } from '../../../lib/subgraph/peer-endpoint.js';
import type { DisposalReportService } from './domain/disposal-report.service.js';
import type { BlacklistLifting } from './domain/lifting.js';
import { parseReportReferenceQuery, type NoticeReferences } from './domain/references.js';

/** case-cooperation's `notice-references`: a REGULATOR_NOTICE trigger's notice, addressed to the platform. */
export function noticeReferences(peers: PeerClient): NoticeReferences {
  return {
    async addressedTo(platformUscc, ids) {
      const out = await peers.call<{ verdicts: Record<string, 'OK' | 'NOT_FOUND'> }>(
        'case-cooperation',
        'notice-references',
        { platformUscc, ids },
      );
      return out.verdicts;
    },
  };
}

/** blacklist's `end-entries` (Art 14 ¶3): it changes entries, so a call that got no answer may have applied. */
export function blacklistLifting(peers: PeerClient): BlacklistLifting {
  return {
    endEntries: (req) =>
      peers.call('blacklist', 'end-entries', { ...req, endedAt: req.endedAt.toISOString() }, { readOnly: false }),
  };
}

/** `report-references`: blacklist (listings, Art 14 ¶2) and case-cooperation (notice answers, Art 12 ¶2, 22 ¶3). */
export function peerOperations(reports: DisposalReportService): PeerOperations {
  return {
    'report-references': {
      callers: ['blacklist', 'case-cooperation'],
      handle: async (body) => ({ verdicts: await reports.referenceVerdicts(parseReportReferenceQuery(body)) }),
    },
  };
}
