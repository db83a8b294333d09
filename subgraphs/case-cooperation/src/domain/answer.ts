/**
 * A platform's answer to a notice: structured data (JSON), descriptors of attachments exchanged out of
 * band (no binaries through GraphQL), the ids of the DisposalReports it filed (Art 12 ¶3, 22 ¶3), and/or
 * that the subject updated its contact details (Art 22 ¶4), or a summons's written account and rectification
 * measures (Art 52, summons.ts). Answers are appended, never replaced.
 */
import { Buffer } from 'node:buffer';
import { at, Problems } from '../../../../lib/problems.js';
import { checkContactUpdate, type ContactUpdate, type ContactUpdateInput } from './contact-update.js';
import type { Notice, NoticeKind } from './notice.js';
import { checkSummonsAccount, type SummonsAccount, type SummonsAccountInput } from './summons.account.js';

export interface AnswerLimits {
  /** UTF-8 bytes of the serialised JSON data. @default 262144 (256 KiB) */
  maxDataBytes: number;
  /** Declared size of one attachment. @default 1073741824 (1 GiB) */
  maxAttachmentBytes: number;
  /** @default 50 */
  maxAttachments: number;
  /** @default 100 */
  maxDisposalReports: number;
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = {
  maxDataBytes: 256 * 1024,
  maxAttachmentBytes: 1024 ** 3,
  maxAttachments: 50,
  maxDisposalReports: 100,
};

export interface AttachmentInput {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface NoticeAnswerInput {
  /** Any JSON object or array (the GraphQL JSON scalar). */
  data?: unknown;
  attachments?: AttachmentInput[] | null;
  disposalReportIds?: string[] | null;
  /** UNREACHABLE_CONTACT only: the subject has updated its details (Art 22 ¶4). */
  contactUpdated?: boolean | null;
  /** With contactUpdated, required: what the subject updated (Art 22 ¶4). */
  updatedContact?: ContactUpdateInput | null;
  /** SUMMONS only, required there: the written account and rectification measures (Art 52). */
  summonsAccount?: SummonsAccountInput | null;
}

export interface Attachment {
  name: string;
  /** Lower case `type/subtype`, no parameters. */
  mediaType: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
}

export interface AnswerContent {
  data: unknown | null;
  attachments: Attachment[];
  disposalReportIds: string[];
  contactUpdated: boolean;
  /** With contactUpdated: the details the subject updated, for the sending office (Art 22 ¶4). */
  updatedContact: ContactUpdate | null;
  /** SUMMONS: the written account and rectification measures (Art 52); absent or null otherwise. */
  summonsAccount?: SummonsAccount | null;
}

/** One stored answer; `seq` numbers a notice's answers from 1. */
export interface NoticeAnswer extends AnswerContent {
  seq: number;
  answeredAt: Date;
  /** Set when served through its notice (Notice.answers): the notice whose access rules its fields follow. */
  notice?: Pick<Notice, 'id' | 'sender' | 'platformUscc'>;
}

// RFC 6838 §4.2 restricted-name, for both type and subtype.
const NAME_CHARS = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
const MEDIA_TYPE = new RegExp(`^${NAME_CHARS}/${NAME_CHARS}$`);
const SHA256 = /^[0-9A-Fa-f]{64}$/;
export const ID_MAX = 64;
export const FILE_NAME_MAX = 255;

/**
 * Validates an answer for a notice of `kind`; throws BAD_USER_INPUT listing every invalid field
 * (paths `input.attachments[2].sha256` …). Disposal report ids are checked for shape only: the reports
 * live in penalty-reports.
 */
export function validateAnswer(
  input: NoticeAnswerInput,
  opts: { kind: NoticeKind; limits?: Partial<AnswerLimits> },
): AnswerContent {
  const limits = { ...DEFAULT_ANSWER_LIMITS, ...opts.limits };
  const problems = new Problems();
  const out: AnswerContent = {
    data: checkData(problems, input?.data, limits),
    attachments: checkAttachments(problems, input?.attachments ?? [], limits),
    disposalReportIds: checkReportIds(problems, input?.disposalReportIds ?? [], limits),
    contactUpdated: input?.contactUpdated === true,
    updatedContact: null,
  };
  out.updatedContact = checkContactUpdate(problems, 'input.updatedContact', input?.updatedContact, out.contactUpdated);
  out.summonsAccount = checkSummonsAccount(problems, 'input.summonsAccount', input?.summonsAccount, opts.kind);
  if (out.contactUpdated && opts.kind !== 'UNREACHABLE_CONTACT') {
    problems.add('input.contactUpdated', 'only for UNREACHABLE_CONTACT notices (Art 22 ¶4)');
  }
  const empty =
    out.data === null &&
    out.attachments.length === 0 &&
    out.disposalReportIds.length === 0 &&
    !out.contactUpdated &&
    !out.summonsAccount;
  if (empty && problems.empty) problems.add('input', 'needs data, attachments, disposalReportIds or contactUpdated');
  problems.throwIfAny();
  return out;
}

function checkData(problems: Problems, data: unknown, limits: AnswerLimits): unknown | null {
  if (data === undefined || data === null) return null;
  if (typeof data !== 'object') {
    problems.add('input.data', 'must be a JSON object or array');
    return null;
  }
  let json: string;
  try {
    json = JSON.stringify(data);
  } catch {
    problems.add('input.data', 'is not serialisable as JSON');
    return null;
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > limits.maxDataBytes) {
    problems.add('input.data', `is ${bytes} bytes; at most ${limits.maxDataBytes} (send larger data as an attachment)`);
    return null;
  }
  return JSON.parse(json); // a plain copy: exactly what will be stored and served
}

function checkAttachments(problems: Problems, list: AttachmentInput[], limits: AnswerLimits): Attachment[] {
  if (list.length > limits.maxAttachments) {
    problems.add('input.attachments', `takes at most ${limits.maxAttachments} attachments`);
    return [];
  }
  return list.map((a, i) => {
    const path = at('input.attachments', i);
    if (problems.require(at(path, 'name'), a?.name)) {
      problems.maxLength(at(path, 'name'), a.name, FILE_NAME_MAX);
      // A name, not a path: the receiver may save it under this name.
      if (/[/\\\u0000-\u001f]/.test(a.name))
        problems.add(at(path, 'name'), 'must not contain slashes or control characters');
    }
    if (problems.require(at(path, 'mediaType'), a?.mediaType) && !MEDIA_TYPE.test(a.mediaType)) {
      problems.add(at(path, 'mediaType'), 'must be a media type "type/subtype" without parameters');
    }
    if (!Number.isSafeInteger(a?.size) || a.size <= 0)
      problems.add(at(path, 'size'), 'must be a positive whole number of bytes');
    else if (a.size > limits.maxAttachmentBytes)
      problems.add(at(path, 'size'), `must be at most ${limits.maxAttachmentBytes} bytes`);
    if (problems.require(at(path, 'sha256'), a?.sha256) && !SHA256.test(a.sha256)) {
      problems.add(at(path, 'sha256'), 'must be 64 hexadecimal characters');
    }
    return {
      name: String(a?.name ?? '').trim(),
      mediaType: String(a?.mediaType ?? '').toLowerCase(),
      size: a?.size,
      sha256: String(a?.sha256 ?? '').toLowerCase(),
    };
  });
}

function checkReportIds(problems: Problems, ids: string[], limits: AnswerLimits): string[] {
  if (ids.length > limits.maxDisposalReports) {
    problems.add('input.disposalReportIds', `takes at most ${limits.maxDisposalReports} ids`);
    return [];
  }
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const path = at('input.disposalReportIds', i);
    if (!problems.require(path, id)) return;
    problems.maxLength(path, id, ID_MAX);
    if (seen.has(id)) problems.add(path, 'is listed twice');
    seen.add(id);
  });
  return [...seen];
}
