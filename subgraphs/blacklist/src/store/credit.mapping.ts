import type { JurisdictionBasis } from '../../../../lib/domain/jurisdiction.js';
import type { Authority } from '../../../../lib/identity/spiffe.js';
import type { PiiCipher } from '../../../../lib/pii.js';
import type { CreditCategory, CreditRecord, CreditSubjectType } from '../domain/credit.js';
import type { Versioned } from '../domain/entries.ports.js';
import type { CreditRecordRow } from './credit.entity.js';

/** Domain record → row: the document number is sealed here and nowhere else (DESIGN §5). */
export function toCreditRow(r: CreditRecord, pii: PiiCipher, version: number): CreditRecordRow {
  return {
    id: r.id,
    officeOrg: r.officeOrg,
    idempotencyKey: r.idempotencyKey,
    contentHash: r.contentHash,
    officeAuthority: r.office.authority,
    officeLevel: r.office.level,
    officeRegion: r.office.region,
    officeName: r.office.name,
    category: r.category,
    subjectType: r.subject.type,
    subjectHash: r.subjectHash,
    documentType: r.subject.documentType,
    documentNumberEnc: r.subject.documentNumber == null ? null : pii.encrypt(r.subject.documentNumber),
    subjectUscc: r.subject.uscc,
    jurisdictionRegion: r.jurisdiction.region,
    jurisdictionBasis: r.jurisdiction.basis,
    decidedAt: r.decidedAt,
    decisionDocumentNo: r.decisionDocumentNo,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    publicReason: r.publicReason,
    recordedAt: r.recordedAt,
    repairedAt: r.repairedAt,
    repairReason: r.repairReason,
    repairRecordedAt: r.repairRecordedAt,
    version,
  };
}

export function fromCreditRow(r: CreditRecordRow, pii: PiiCipher): Versioned<CreditRecord> {
  return {
    id: r.id,
    officeOrg: r.officeOrg,
    idempotencyKey: r.idempotencyKey,
    contentHash: r.contentHash,
    office: {
      authority: r.officeAuthority as Authority,
      level: r.officeLevel,
      region: r.officeRegion,
      name: r.officeName,
    },
    category: r.category as CreditCategory,
    subject: {
      type: r.subjectType as CreditSubjectType,
      documentType: r.documentType,
      documentNumber: r.documentNumberEnc == null ? null : pii.decrypt(r.documentNumberEnc),
      uscc: r.subjectUscc,
    },
    subjectHash: r.subjectHash,
    jurisdiction: { region: r.jurisdictionRegion, basis: r.jurisdictionBasis as JurisdictionBasis },
    decidedAt: r.decidedAt,
    decisionDocumentNo: r.decisionDocumentNo,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    publicReason: r.publicReason,
    recordedAt: r.recordedAt,
    repairedAt: r.repairedAt,
    repairReason: r.repairReason,
    repairRecordedAt: r.repairRecordedAt,
    version: r.version,
  };
}
