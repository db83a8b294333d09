import { startSubgraph } from '../../../lib/subgraph/run.js';
import { runUntilSignalled } from '../../../lib/subgraph/main.js';
import { configFromEnv } from './config.js';
import { subgraph } from './server.js';

await runUntilSignalled(() => startSubgraph(subgraph, configFromEnv()));
