import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ConsoleOptions {
  /** The built console (`npm run build:console`). @default console/dist of this repository */
  dir?: string;
  /** Where it is served. @default '/console/' */
  base?: string;
  /**
   * Serve the GraphQL explorer at `<base>explorer/` (console/dist/explorer). Off in production: there it
   * answers 404, as if it were not built. @default false (the gateway passes `!production`)
   */
  explorer?: boolean;
}

/** Where the explorer lives under the console's base. */
export const EXPLORER_DIR = 'explorer/';

/**
 * Nothing but this origin: no inline script or style, no CDN, no framing (clickjacking), and the console talks
 * to /graphql only. Preact sets styles through the CSSOM, which style-src does not govern.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The explorer's files only (never sent in production, where the explorer is 404): the console's policy, plus
 * its editor's workers (Monaco, files of this origin) and the icon font its stylesheet carries as a data: URL.
 * Monaco writes its theme as <style> elements and lays out each line with style attributes, which no nonce or
 * hash can admit: inline styles are allowed here, scripts stay this origin's files only.
 */
export const EXPLORER_CSP = `${CONSOLE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "font-src 'self'",
  "font-src 'self' data:",
)}; worker-src 'self'`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
};

const DEFAULT_DIR = fileURLToPath(new URL('../../console/dist/', import.meta.url));

/**
 * The web console's static files, on the gateway's mutual-TLS listener, before `next` (the GraphQL handler).
 * Only to a caller whose certificate the handshake verified: the gateway accepts the handshake without one
 * (to answer with a coded error), so the console checks `authorized` itself. Vite's hashed assets are
 * immutable; index.html is never stored, so a new build is seen at once.
 */
export function withConsole(next: Handler, opts: ConsoleOptions = {}): Handler {
  const base = opts.base ?? '/console/';
  const root = normalize(opts.dir ?? DEFAULT_DIR);
  const explorer = opts.explorer ?? false;
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === base.slice(0, -1)) return answer(res, 308, 'text/plain; charset=utf-8', '', { location: base });
    if (!path.startsWith(base)) return next(req, res);
    void serve(req, res, root, path.slice(base.length), explorer);
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  rel: string,
  explorer: boolean,
): Promise<void> {
  const text = 'text/plain; charset=utf-8';
  if (!(req.socket as TLSSocket).authorized) {
    return answer(res, 401, text, 'The console needs a member certificate issued by this exchange.\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, text, '', { allow: 'GET, HEAD' });
  let name: string;
  try {
    name = decodeURIComponent(rel);
  } catch {
    return answer(res, 400, text, 'Bad path.\n');
  }
  // A folder's page is its index.html (the console's, the explorer's).
  if (name === '' || name.endsWith('/')) name += 'index.html';
  const file = normalize(join(root, name));
  if (name.includes('\0') || !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return answer(res, 404, text, 'Not found.\n');
  }
  const inExplorer = file.startsWith(join(root, EXPLORER_DIR)) || file === join(root, EXPLORER_DIR.slice(0, -1));
  // In production the explorer is not there at all, whatever was built.
  if (inExplorer && !explorer) return answer(res, 404, text, 'Not found.\n');
  if (file === join(root, EXPLORER_DIR.slice(0, -1))) {
    return answer(res, 308, text, '', { location: `${req.url?.split('?')[0]}/` });
  }
  const type = TYPES[extname(file)];
  const found = type && (await stat(file).catch(() => undefined))?.isFile();
  if (!found) {
    const built = await stat(join(root, 'index.html')).catch(() => undefined);
    if (!built) return answer(res, 503, text, 'The console is not built: run `npm run build:console`.\n');
    return answer(res, 404, text, 'Not found.\n');
  }
  const body = await readFile(file);
  // Vite names every asset by its content hash: a changed file is a new URL.
  const hashed = name.startsWith('assets/') || name.startsWith(`${EXPLORER_DIR}assets/`);
  const cache = hashed ? 'private, max-age=31536000, immutable' : 'no-store';
  answer(res, 200, type, req.method === 'HEAD' ? undefined : body, {
    'cache-control': cache,
    'content-length': String(body.length),
    ...(inExplorer ? { 'content-security-policy': EXPLORER_CSP } : {}),
  });
}

function answer(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer | undefined,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'cache-control': 'no-store', ...SECURITY_HEADERS, 'content-type': type, ...headers });
  res.end(body);
}
