/**
 * The shapes of the January/July identity filing (Art 9): live-room operators (items 1 and 2) and live
 * streamers (item 3), as the platform sends them (inputs, the GraphQL input shapes) and as we keep them
 * (records: normalised, canonical). Validation and normalisation: record.ts.
 */
import type {
  AddressInput,
  BusinessInput,
  ContactInput,
  IdDocumentInput,
  LiveAccountInput,
  PersonInput,
} from '../domain/identity.js';
import type { DocumentType } from '../validators/index.js';

// ---- inputs (the GraphQL input shapes) ----

export type OperatorKind = 'BUSINESS' | 'PERSON';
/** An administrative licence (Art 8 ¶1 行政许可) or a professional qualification (Art 9 item 3 专业资质). */
export interface CredentialInput {
  kind: string;
  number: string;
  issuer?: string | null;
}
/**
 * How a streamer names a live room it streams for: the operator's USCC (registered business) or ID
 * document (unregistered person), exactly one, plus the live account id of the room. It must name an
 * operator filed in the same filing (checked at seal: `unresolvedOperatorRefs`).
 */
export interface OperatorRefInput {
  uscc?: string | null;
  idDocument?: IdDocumentInput | null;
  liveAccountId: string;
}
export interface LiveRoomOperatorInput {
  kind: OperatorKind;
  business?: BusinessInput | null;
  person?: PersonInput | null;
  businessAddress: AddressInput;
  contact: ContactInput;
  liveAccounts: LiveAccountInput[];
  licences?: CredentialInput[] | null;
  verifiedAt: Date | string;
}
export interface LiveStreamerInput {
  person: PersonInput;
  residence: AddressInput;
  contact: ContactInput;
  agency?: BusinessInput | null;
  qualifications?: CredentialInput[] | null;
  occupation?: string | null;
  operatorRefs: OperatorRefInput[];
  verifiedAt: Date | string;
}

// ---- records (normalised; what the store persists and the digest covers) ----

export interface IdDocument {
  type: DocumentType;
  number: string;
}
export interface Address {
  regionCode: string;
  detail: string;
}
export interface Contact {
  phone?: string;
  email?: string;
}
export interface LiveAccount {
  accountId: string;
  nickname?: string;
}
export interface Credential {
  kind: string;
  number: string;
  issuer?: string;
}
export interface Business {
  name: string;
  uscc: string;
}
/** `operatorKey` is the operator's identityKey (businessKey / personKey). */
export interface OperatorRef {
  operatorKey: string;
  liveAccountId: string;
}

interface RecordBase {
  /** businessKey(uscc) or personKey(type, number): the same business or person, however spelt. */
  identityKey: string;
  contact: Contact;
  verifiedAt: Date;
  /** Art 8 ¶1: verified more than six months before the batch was received. Derived, not content. */
  verificationStale: boolean;
}
export interface OperatorRecord extends RecordBase {
  role: 'operator';
  kind: OperatorKind;
  name: string;
  uscc?: string;
  idDocument?: IdDocument;
  businessAddress: Address;
  liveAccounts: LiveAccount[];
  licences: Credential[];
}
export interface StreamerRecord extends RecordBase {
  role: 'streamer';
  name: string;
  idDocument: IdDocument;
  residence: Address;
  agency?: Business;
  qualifications: Credential[];
  occupation?: string;
  operatorRefs: OperatorRef[];
}
export type FilingRecord = OperatorRecord | StreamerRecord;
