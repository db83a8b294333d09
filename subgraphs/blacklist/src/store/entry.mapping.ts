import type { PiiCipher } from '../../../../lib/pii.js';
import type { BlacklistEntry, RemovalKind, SubjectType } from '../domain/blacklist-entry.js';
import type { CheckPurpose } from '../domain/check.js';
import type { Versioned } from '../domain/entries.ports.js';
import type { EntryRow } from './entry.entity.js';

/** Domain entry → row: the document number is encrypted here and nowhere else (DESIGN §5). */
export function toRow(e: BlacklistEntry, pii: PiiCipher, version: number): EntryRow {
  return {
    id: e.id,
    idempotencyKey: e.idempotencyKey,
    platformUscc: e.listingPlatformUscc,
    platformRegion: e.listingPlatformDomicile,
    platformName: e.listingPlatformName,
    contentHash: e.contentHash,
    subjectHash: e.subjectHash,
    subjectType: e.subject.type,
    subjectKind: e.subject.kind,
    subjectName: e.subject.name,
    documentType: e.subject.documentType,
    documentNumberEnc: e.subject.documentNumber == null ? null : pii.encrypt(e.subject.documentNumber),
    subjectUscc: e.subject.uscc,
    liveAccounts: JSON.stringify(e.subject.liveAccounts),
    facts: e.facts,
    reasons: e.reasons,
    legalBasis: e.legalBasis,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    notificationChannel: e.notification.channel,
    notifiedAt: e.notification.notifiedAt,
    appealChannel: e.notification.appealChannel,
    shareWithPeers: e.shareWithPeers,
    disposalReportId: e.disposalReportId,
    openAppealId: e.openAppealId,
    removedAt: e.removedAt,
    removalKind: e.removalKind,
    removalReason: e.removalReason,
    createdAt: e.createdAt,
    version,
  };
}

export function fromRow(r: EntryRow, pii: PiiCipher): Versioned<BlacklistEntry> {
  return {
    id: r.id,
    idempotencyKey: r.idempotencyKey,
    listingPlatformUscc: r.platformUscc,
    listingPlatformDomicile: r.platformRegion,
    listingPlatformName: r.platformName,
    contentHash: r.contentHash,
    subjectHash: r.subjectHash,
    subject: {
      type: r.subjectType as SubjectType,
      kind: r.subjectKind as 'PERSON' | 'BUSINESS',
      name: r.subjectName,
      documentType: r.documentType,
      documentNumber: r.documentNumberEnc == null ? null : pii.decrypt(r.documentNumberEnc),
      uscc: r.subjectUscc,
      liveAccounts: JSON.parse(r.liveAccounts),
    },
    facts: r.facts,
    reasons: r.reasons,
    legalBasis: r.legalBasis,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    notification: { channel: r.notificationChannel, notifiedAt: r.notifiedAt, appealChannel: r.appealChannel },
    shareWithPeers: !!r.shareWithPeers,
    disposalReportId: r.disposalReportId,
    openAppealId: r.openAppealId,
    removedAt: r.removedAt,
    removalKind: r.removalKind as RemovalKind | null,
    removalReason: r.removalReason,
    createdAt: r.createdAt,
    version: r.version,
  };
}

export const isPurpose = (v: string): v is CheckPurpose =>
  ['ONBOARDING', 'ACCOUNT_CHANGE', 'PERIODIC_REVIEW', 'OTHER'].includes(v);
