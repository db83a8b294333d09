/**
 * The evidence-log records of case-cooperation's writes (lib/evidence/fact.ts builds the leaf): a
 * notice sent, acknowledged, reminded, answered, closed (Art 12 ¶2, 21, 22); a summons's attendance and
 * outcome (Art 52); a lead transferred and decided (Art 46 ¶1). Each write has its own record id, so a
 * replay finds its first receipt by (kind, id).
 */
import { member, officesCovering, type EvidenceRecord, type Reader } from '../../../../lib/evidence/fact.js';
import type { Lead } from './lead.js';
import { officeOrg } from './notice.access.js';
import type { Notice } from './notice.js';

export { digestOf, evidenceFact, type EvidenceRecord } from '../../../../lib/evidence/fact.js';

/** Art 22 ¶2: sending is receipt; the five working days run from this write's receivedAt. */
export const sendRecord = (noticeId: string): EvidenceRecord => ['notice.send', noticeId];

/** SENT → ACKNOWLEDGED happens once. */
export const ackRecord = (noticeId: string): EvidenceRecord => ['notice.acknowledge', `${noticeId}/ack`];

/** One reminder per notice (SENT or ACKNOWLEDGED → REMINDED). */
export const reminderRecord = (noticeId: string): EvidenceRecord => ['notice.remind', `${noticeId}/reminder`];

/** Answers are appended: each by its sequence number. */
export const answerRecord = (noticeId: string, seq: number): EvidenceRecord => [
  'notice.answer',
  `${noticeId}/answer/${seq}`,
];

/** Closing by the sending office (a contactUpdated answer that closes a notice is that answer's write). */
export const closeRecord = (noticeId: string): EvidenceRecord => ['notice.close', `${noticeId}/close`];

/** Art 52: the platform's confirmations of who attends a summons, numbered (a changed list is a new one). */
export const attendanceRecord = (noticeId: string, seq: number): EvidenceRecord => [
  'notice.summons.attendance',
  `${noticeId}/summons/attendance/${seq}`,
];

/** Art 52: the sending office's records of a summons meeting (attended, not attended, rescheduled), numbered. */
export const summonsOutcomeRecord = (noticeId: string, seq: number): EvidenceRecord => [
  'notice.summons.outcome',
  `${noticeId}/summons/outcome/${seq}`,
];

export const transferRecord = (leadId: string): EvidenceRecord => ['lead.transfer', leadId];

/** PENDING → ACCEPTED | DECLINED happens once. */
export const leadDecisionRecord = (leadId: string): EvidenceRecord => ['lead.decide', `${leadId}/decision`];

/**
 * Who reads a notice's leaves besides their submitter and the national offices (lib/evidence/readers.ts):
 * whoever canReadNotice (notice.access.ts), from the same facts: the offices of the sender's authority
 * covering the sender's region (the sender among them) and the addressed platform. One audience for every
 * write on the notice, whoever made it: the notice is read whole.
 */
export const noticeReaders = (n: Pick<Notice, 'sender' | 'platformUscc'>): Reader[] => [
  officesCovering(n.sender.region, { authorities: [n.sender.authority] }),
  member(n.platformUscc),
];

/** A lead's leaves: the two offices involved (canReadLead, Art 46 ¶1), by their `<authority>/<level>/<region>`. */
export const leadReaders = (l: Pick<Lead, 'from' | 'to'>): Reader[] => [
  member(officeOrg(l.from)),
  member(officeOrg(l.to)),
];
