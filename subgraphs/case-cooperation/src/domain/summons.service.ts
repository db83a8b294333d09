/**
 * A summons's writes (Art 52): the platform's attendance and the sending office's record of the meeting.
 * Each goes through NoticeService.change: load, the pure rule (summons.lifecycle.ts), compare-and-set of
 * the notice with its evidence leaf in one transaction, and a retry of the same write gets its first receipt.
 * Sending the summons and filing the written account are sendNotice and answerNotice.
 */
import type { Principal } from '../../../../lib/principal.js';
import type { Notice } from './notice.js';
import type { NoticeService } from './notice.service.js';
import {
  confirmAttendance,
  recordMeetingOutcome,
  type AttendanceInput,
  type MeetingOutcomeInput,
} from './summons.lifecycle.js';

export class SummonsService {
  constructor(private readonly notices: NoticeService) {}

  /** The addressed platform confirms which responsible persons attend, by role. */
  confirmAttendance(p: Principal, noticeId: string, input: AttendanceInput): Promise<Notice> {
    return this.notices.change(p, noticeId, { noticeId, input }, (n, now) => confirmAttendance(p, n, input, now));
  }

  /** The sending office records the meeting's outcome: ATTENDED, NOT_ATTENDED or RESCHEDULED (to a new time). */
  recordOutcome(p: Principal, noticeId: string, input: MeetingOutcomeInput): Promise<Notice> {
    return this.notices.change(p, noticeId, { noticeId, input }, (n, now) => recordMeetingOutcome(p, n, input, now));
  }
}
