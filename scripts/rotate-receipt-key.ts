/**
 * Rotates a subgraph's receipt key (lib/evidence/keys.ts rotateReceiptKey):
 *
 *   npm run rotate-receipt-key -- <subgraph>
 *
 * reads the key where the subgraph does (<SERVICE>_RECEIPT_KEY_FILE, else <DATA_DIR>/keys/), keeps its
 * public key in the JWKS, and puts a new key in its place; a running subgraph signs with the new one from
 * the next receipt (it watches the file), and every receipt it signed before still verifies. Prints the
 * retired and the new key id. Exit 0 on success, 1 with one line otherwise.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rotateReceiptKey } from '../lib/evidence/keys.js';
import { SUBGRAPHS, type SubgraphName } from '../lib/services.js';
import { receiptKeyPathFromEnv } from '../lib/subgraph/config.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

const NAMES = SUBGRAPHS.map((s) => s.name) as string[];

export function rotateCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): { code: number; line: string } {
  const [name, ...rest] = argv;
  if (!name || rest.length > 0 || !NAMES.includes(name))
    return { code: EXIT_FAILED, line: `usage: rotate-receipt-key <${NAMES.join('|')}>` };
  const path = receiptKeyPathFromEnv(name as SubgraphName, env);
  if (!existsSync(path))
    return {
      code: EXIT_FAILED,
      line: `FAILED: ${path} does not exist (start ${name} once, or set its _RECEIPT_KEY_FILE)`,
    };
  try {
    const { retiredKid, kid } = rotateReceiptKey(path);
    return {
      code: EXIT_OK,
      line: `OK: ${name} signs with key ${kid}; key ${retiredKid} is retired and stays in its JWKS`,
    };
  } catch (e) {
    return { code: EXIT_FAILED, line: `FAILED: ${(e as Error).message.split('\n')[0]}` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, line } = rotateCommand(process.argv.slice(2));
  (code === EXIT_OK ? process.stdout : process.stderr).write(`${line}\n`);
  process.exitCode = code;
}
