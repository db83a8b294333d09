/**
 * Identity documents accepted for natural persons (DESIGN §8) and their published number formats.
 */
import { residentIdCheckChar, residentIdProblem } from './resident-id.js';

export const DOCUMENT_TYPES = [
  'RESIDENT_ID', // 居民身份证
  'HK_MACAO_PERMIT', // 港澳居民来往内地通行证
  'TAIWAN_PERMIT', // 台湾居民来往大陆通行证
  'PASSPORT', // 护照
  'FOREIGN_PERMANENT_ID', // 外国人永久居留身份证
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(t: unknown): t is DocumentType {
  return typeof t === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(t);
}

/**
 * Canonical form of a document number, used for storage, display and keyed hashing:
 * full-width → half-width, upper case, all whitespace removed (so also trimmed).
 * `type` is accepted for future per-type rules; the rules are the same for every type today.
 */
export function normaliseDocumentNumber(_type: string, raw: string): string {
  return String(raw)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

function foreignPermanentIdProblem(n: string): string | null {
  if (n.length === 15) {
    return /^[A-Z]{3}\d{12}$/.test(n) ? null : 'a 15-character permanent residence ID is 3 letters and 12 digits';
  }
  if (n.length === 18) {
    if (n[0] !== '9') return "an 18-character permanent residence ID starts with '9'";
    if (!/^\d{17}[\dX]$/.test(n)) return 'an 18-character permanent residence ID is 17 digits and a digit or X';
    const expected = residentIdCheckChar(n.slice(0, 17));
    return n[17] === expected ? null : `check character should be '${expected}'`;
  }
  return 'must be 15 or 18 characters';
}

/**
 * null when `number` is a valid number for a document of `type`, otherwise a short reason.
 * The number is checked in its normalised form (see normaliseDocumentNumber), so raw input may
 * be passed; store and hash the normalised form.
 */
export function documentProblem(type: string, number: string): string | null {
  if (!isDocumentType(type)) return `unknown document type '${type}' (expected ${DOCUMENT_TYPES.join(', ')})`;
  if (typeof number !== 'string') return 'must be a string';
  const n = normaliseDocumentNumber(type, number);
  if (n.length === 0) return 'must not be empty';
  switch (type) {
    case 'RESIDENT_ID':
      return residentIdProblem(n);
    case 'HK_MACAO_PERMIT':
      if (!/^[HM]/.test(n)) return "must start with 'H' (Hong Kong) or 'M' (Macao)";
      return /^[HM](\d{8}|\d{10})$/.test(n) ? null : "must be 'H' or 'M' followed by 8 digits (older permits: 10)";
    case 'TAIWAN_PERMIT':
      if (/^\d{8}$/.test(n)) return null;
      if (n.length === 10 && /^\d{8}[0-9A-Z]{2}$/.test(n)) return null;
      return 'must be 8 digits (older permits: 8 digits and 2 letters or digits)';
    case 'PASSPORT':
      if (n.length < 6 || n.length > 20) return 'must be 6 to 20 characters';
      if (!/^[A-Z0-9]+$/.test(n)) return 'must contain letters and digits only';
      return /\d/.test(n) ? null : 'must contain at least one digit';
    case 'FOREIGN_PERMANENT_ID':
      return foreignPermanentIdProblem(n);
  }
}
