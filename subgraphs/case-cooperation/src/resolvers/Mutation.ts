import { fromSchemaEnum } from '../../../../lib/graphql/enums.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { LeadInput } from '../domain/lead.js';
import type { NoticeInput } from '../domain/notice.js';

export const Mutation: MutationResolvers = {
  sendNotice: (_p, { input }, { notices, principal }) => notices.send(principal, input as NoticeInput),
  acknowledgeNotice: (_p, { id }, { notices, principal }) => notices.acknowledge(principal, id),
  recordReminder: (_p, { noticeId, remindedAt, channel }, { notices, principal }) =>
    notices.recordReminder(principal, noticeId, { remindedAt, channel }),
  answerNotice: (_p, { id, input }, { notices, principal }) => notices.answer(principal, id, input),
  closeNotice: (_p, { id, outcome }, { notices, principal }) => notices.close(principal, id, outcome),
  confirmSummonsAttendance: (_p, { noticeId, input }, { summons, principal }) =>
    summons.confirmAttendance(principal, noticeId, input),
  recordSummonsOutcome: (_p, { noticeId, input }, { summons, principal }) =>
    summons.recordOutcome(principal, noticeId, input),
  transferLead: (_p, { input }, { leads, principal }) => {
    const to = input.to && {
      ...input.to,
      authority: fromSchemaEnum(input.to.authority),
      level: fromSchemaEnum(input.to.level),
    };
    return leads.transfer(principal, { ...input, to } as LeadInput, { input });
  },
  decideLead: (_p, { id, decision, reason }, { leads, principal }) => leads.decide(principal, id, { decision, reason }),
};
