/**
 * case-cooperation's service calls (lib/http/peer-call.ts, lib/subgraph/peer-endpoint.ts): it asks penalty-reports
 * about the reports a notice answer names, and answers penalty-reports about a trigger's notice.
 */
import type { PeerClient } from '../../../lib/http/peer-call.js';
import type { PeerOperations } from '../../../lib/subgraph/peer-endpoint.js';
import type { NoticeService } from './domain/notice.service.js';
import { parseNoticeReferenceQuery, type ReportReferences } from './domain/references.js';

/** penalty-reports' `report-references`: the answering platform's own reports (Art 12 ¶2, 22 ¶3). */
export function reportReferences(peers: PeerClient): ReportReferences {
  return {
    async ownedBy(platformUscc, ids) {
      const out = await peers.call<{ verdicts: Record<string, string> }>('penalty-reports', 'report-references', {
        platformUscc,
        ids,
      });
      return out.verdicts;
    },
  };
}

/** `notice-references`: penalty-reports, for a report's REGULATOR_NOTICE trigger (Art 12 ¶2). */
export function peerOperations(notices: NoticeService): PeerOperations {
  return {
    'notice-references': {
      callers: ['penalty-reports'],
      handle: async (body) => ({ verdicts: await notices.noticeVerdicts(parseNoticeReferenceQuery(body)) }),
    },
  };
}
