import { sha256, type UploadFiles } from './batches.js';
import type { Role } from './records.js';

/** What tells one file from another without reading it all: name, size, last change, and a hash of its head. */
export interface Fingerprint {
  name: string;
  size: number;
  lastModified: number;
  /** SHA-256 of the first HEAD_BYTES bytes. */
  head: string;
}
const HEAD_BYTES = 64 * 1024;

/**
 * An upload's progress, kept in the browser (IndexedDB) after every confirmed batch, so a closed tab resumes
 * where it stopped once the same files are chosen again. One per platform and period: the exchange keeps one
 * filing per platform and period (Art 9), and its batch numbers are what a resume must continue.
 */
export interface Progress {
  /** `<USCC> <period>`. */
  key: string;
  filingId: string;
  batchSize: number;
  files: Partial<Record<Role, Fingerprint>>;
  /** The last batch the exchange confirmed, in order (0: none yet). */
  confirmed: number;
  /** hashes[k - 1]: SHA-256 of batch k as sent; a resumed upload must cut the same batches. */
  hashes: string[];
  /** receipts[k - 1]: batch k's receipt (compact JWS), the member's evidence. */
  receipts: string[];
  records: number;
  bytes: number;
  /** Every batch of the files confirmed. */
  complete: boolean;
  /** The submission's receipt, once submitted. */
  submission?: string;
}

export const progressKey = (org: string, period: string) => `${org} ${period}`;

export async function fingerprint(file: Blob & { name: string; lastModified?: number }): Promise<Fingerprint> {
  const head = await sha256(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return { name: file.name, size: file.size, lastModified: file.lastModified ?? 0, head };
}

export async function fingerprints(files: UploadFiles): Promise<Progress['files']> {
  const out: Progress['files'] = {};
  for (const role of ['operators', 'streamers'] as const) {
    const f = files[role];
    if (f) out[role] = await fingerprint(f);
  }
  return out;
}

const same = (a?: Fingerprint, b?: Fingerprint) =>
  a === b ||
  (!!a && !!b && a.name === b.name && a.size === b.size && a.lastModified === b.lastModified && a.head === b.head);

/** The same files in the same roles: only then is the kept progress this upload's. */
export const sameFiles = (a: Progress['files'], b: Progress['files']) =>
  same(a.operators, b.operators) && same(a.streamers, b.streamers);

const DB = 'lsgw-console';
const STORE = 'uploads';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      // Resolved once the transaction commits: a progress that was "saved" survives the tab closing.
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error ?? req.error);
    });
  } finally {
    db.close();
  }
}

export const loadProgress = (key: string) => run<Progress | undefined>('readonly', (s) => s.get(key));
export const saveProgress = (p: Progress) => run('readwrite', (s) => s.put(p)).then(() => undefined);
