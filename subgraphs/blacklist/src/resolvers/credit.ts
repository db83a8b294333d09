import type {
  CreditCategory,
  CreditCheckLogEntryResolvers,
  CreditRecordResolvers,
  CreditRegionBasis,
  CreditSubjectResolvers,
  DocumentType,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types.js';

/** Credit information (Art 11 ¶2, Art 51): the root fields and types, each an unpacking of one service call. */
export const creditQuery: Pick<QueryResolvers, 'creditCheck' | 'creditChanges' | 'creditRecords' | 'creditCheckLog'> = {
  creditCheck: (_, { subjects, purpose }, { creditChecks, principal }) =>
    creditChecks.check(principal, subjects, purpose),
  creditChanges: (_, { since, first, after }, { creditChecks, principal }) =>
    creditChecks.changes(principal, since, { first, after }),
  creditRecords: (_, { filter, first, after }, { credit, principal }) =>
    credit.listPage(principal, filter, { first, after }),
  creditCheckLog: (_, { filter, first, after }, { creditChecks, principal }) =>
    creditChecks.logPage(principal, filter, { first, after }),
};

export const creditMutation: Pick<
  MutationResolvers,
  'recordCreditInformation' | 'repairCreditRecord' | 'updateCreditWatch'
> = {
  recordCreditInformation: (_, { input }, { credit, principal }) => credit.record(principal, input),
  repairCreditRecord: (_, { id, repairedAt, reason }, { credit, principal }) =>
    credit.repair(principal, id, { repairedAt, reason }),
  updateCreditWatch: (_, { input }, { creditChecks, principal }) => creditChecks.watch(principal, input),
};

export const CreditRecord: CreditRecordResolvers = {
  category: (r) => r.category as CreditCategory,
  jurisdictionRegion: (r) => r.jurisdiction.region,
  regionBasis: (r) => r.jurisdiction.basis as CreditRegionBasis,
  decidingOffice: (r) => r.office,
  status: (r, _, { credit }) => credit.statusOf(r),
  receipt: (r) => r.receipt ?? null,
};

export const CreditSubject: CreditSubjectResolvers = {
  documentType: (s) => s.documentType as DocumentType | null,
};

export const CreditCheckLogEntry: CreditCheckLogEntryResolvers = {
  checkedBy: (l) => ({ uscc: l.checkedByUscc }),
};
