import type { BlacklistSubjectResolvers, DocumentType } from '../__generated__/resolvers-types.js';
import { viewDocumentNumber } from '../domain/blacklist.access.js';

export const BlacklistSubject: BlacklistSubjectResolvers = {
  documentType: (s) => s.documentType as DocumentType | null,
  documentNumber: (s, _, { principal }) => viewDocumentNumber(principal, s.documentNumber),
};
