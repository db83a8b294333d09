import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

/**
 * How a member connects: its certificate and key as PEM files, or one `.p12` (PKCS#12, as the certs
 * tool exports it for browsers) with its passphrase; the exchange CA's certificate either way.
 */
export type MemberFiles =
  | {
      /** The member certificate (PEM). */
      cert: string;
      /** Its private key (PEM). */
      key: string;
      /** The exchange CA certificate (PEM), which signed the gateway's certificate. */
      ca: string;
    }
  | {
      /** The member's PKCS#12 file: key, certificate and (usually) the CA. */
      p12: string;
      passphrase: string;
      /** The exchange CA certificate (PEM): the server is checked against it, not against the .p12's chain. */
      ca: string;
    };

/** The TLS options undici's Agent `connect` takes. */
export interface TlsMaterial {
  ca: Buffer;
  cert?: Buffer;
  key?: Buffer;
  pfx?: Buffer;
  passphrase?: string;
}

/** Reads the files once, so a missing file fails when the client is made, naming the file. */
export function readMemberFiles(files: MemberFiles): TlsMaterial {
  const read = (what: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (e) {
      throw new Error(`cannot read the ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  const ca = read('CA certificate', files.ca);
  if ('p12' in files) {
    const pfx = read('.p12 file', files.p12);
    try {
      // Opened here so a wrong passphrase fails now, not as a broken connection on the first request.
      createSecureContext({ pfx, passphrase: files.passphrase });
    } catch {
      throw new Error(`cannot open the .p12 file ${files.p12}: wrong passphrase, or not a PKCS#12 file`);
    }
    return { ca, pfx, passphrase: files.passphrase };
  }
  return { ca, cert: read('certificate', files.cert), key: read('private key', files.key) };
}
