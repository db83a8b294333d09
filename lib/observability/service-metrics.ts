import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { errorFacts, type Logger } from '../log.js';
import { certExpiry, crlExpiry } from '../tls-expiry.js';

/**
 * One Prometheus registry per service (never prom-client's global one: the tests and `npm start` run
 * five services in one process), with what every service reports about its TLS, served on a plain-HTTP
 * listener of its own, off the mTLS port.
 */
export interface MetricsOptions {
  /** false: no registry, no listener and no instrumentation at all. @default true (METRICS=off) */
  enabled: boolean;
  /** @default 127.0.0.1 (METRICS_HOST; 0.0.0.0 in containers, where Prometheus scrapes over the compose network) */
  host: string;
  /**
   * 0: any free port. Unset: the service's port in lib/services.ts METRICS_PORTS (9400 gateway, 9401–9404
   * subgraphs), or any free port when the service itself listens on port 0 (tests), so that federations
   * in one machine never collide. (METRICS_PORT, <SERVICE>_METRICS_PORT)
   */
  port?: number;
}

/** The port to listen on: see MetricsOptions.port. */
export function metricsPort(opts: MetricsOptions, defaultPort: number, servicePort: number): number {
  return opts.port ?? (servicePort === 0 ? 0 : defaultPort);
}

export interface ServiceMetrics {
  registry: Registry;
  /** lsgw_tls_handshake_refusals_total{reason}: a Node/OpenSSL error code, or NO_CERTIFICATE. */
  handshakeRefused(reason: string | undefined): void;
}

/** Node's and OpenSSL's error codes are upper-case constants; anything else is counted as OTHER. */
const boundedReason = (reason: string | undefined) =>
  reason && /^[A-Z][A-Z0-9_]{0,63}$/.test(reason) ? reason : 'OTHER';

/**
 * The registry of one service, with its TLS figures. The CRL and certificate are read at scrape time
 * (lib/tls-expiry.ts), so a renewed file shows at the next scrape; one that cannot be read reports no
 * sample rather than a made-up number.
 */
export function createServiceMetrics(tls: { cert: string; crl?: string }): ServiceMetrics {
  const registry = new Registry();
  const refusals = new Counter({
    name: 'lsgw_tls_handshake_refusals_total',
    help: 'TLS connections refused or failed: the handshake failed, or the client certificate was not accepted (reason: Node/OpenSSL code)',
    labelNames: ['reason'],
    registers: [registry],
  });
  const secondsUntil = (d: Date) => (d.getTime() - Date.now()) / 1000;
  new Gauge({
    name: 'lsgw_tls_certificate_expiry_seconds',
    help: "Seconds until this service's own certificate expires (negative: expired)",
    registers: [registry],
    collect() {
      this.reset();
      try {
        this.set(secondsUntil(certExpiry(readFileSync(tls.cert)).notAfter));
      } catch {
        // no sample: the certificate cannot be read
      }
    },
  });
  if (tls.crl) {
    const crl = tls.crl;
    new Gauge({
      name: 'lsgw_tls_crl_next_update_seconds',
      help: "Seconds until the CRL's nextUpdate, after which every client certificate is refused (negative: passed)",
      registers: [registry],
      collect() {
        this.reset();
        try {
          this.set(secondsUntil(crlExpiry(readFileSync(crl)).nextUpdate));
        } catch {
          // no sample: the CRL cannot be read
        }
      },
    });
  }
  return { registry, handshakeRefused: (reason) => refusals.inc({ reason: boundedReason(reason) }) };
}

/**
 * prom-client's process and Node.js figures (CPU, memory, event-loop lag, GC), once per process: they are
 * the same for every service a process runs, and each set keeps an event-loop monitor running.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface MetricsServer {
  /** http://host:port/metrics */
  url: string;
  close(): Promise<void>;
}

/** GET /metrics in Prometheus's text format; everything else 404. Plain HTTP: keep it off public networks. */
export async function serveMetrics(
  registry: Registry,
  host: string,
  port: number,
  logger: Logger,
): Promise<MetricsServer> {
  const shared = processMetrics();
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    Promise.all([registry.metrics(), shared.metrics()]).then(
      ([own, proc]) => res.writeHead(200, { 'content-type': registry.contentType }).end(`${own}\n${proc}`),
      (e) => {
        logger.error('metrics_failed', errorFacts(e));
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n');
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`;
  logger.info('metrics_listening', { url });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
