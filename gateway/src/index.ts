import { createLogger } from '../../lib/log.js';
import { gatewayConfigFromEnv } from './config.js';
import { buildGateway } from './gateway.js';

/** Runs the gateway (STYLE C: index listens, gateway.ts builds). SIGHUP re-reads certificates and CRL. */
const logger = createLogger('gateway');
const gateway = buildGateway(gatewayConfigFromEnv(), logger);
await gateway.listen();
process.on('SIGHUP', () => gateway.reloadTls());
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => void gateway.close().then(() => process.exit(0)));
