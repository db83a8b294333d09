import { readFileSync } from 'node:fs';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { calendarCoverage, WorkingCalendar } from '../calendar/index.js';
import { systemClock, type Clock } from '../clock.js';
import { openDatabase } from '../db.js';
import { createLogger, type Logger } from '../log.js';
import { createPiiCipher, type PiiCipher } from '../pii.js';
import type { Principal } from '../principal.js';
import { publicKeyFromPem } from '../token.js';
import type { SubgraphName } from '../services.js';
import type { SubgraphConfig } from './config.js';
import { buildSubgraphServer } from './server.js';
import { AccessLog1764300000900, AccessRecordEntity } from '../store/access-log.js';
import { accessLogResolvers } from '../graphql/access-log.js';
import { subgraphTypeDefs } from './schema.js';

export { readSchema, subgraphTypeDefs } from './schema.js';

/** What every subgraph's resolvers get to work with. */
export interface SubgraphDeps {
  db: DataSource;
  pii: PiiCipher;
  clock: Clock;
  logger: Logger;
}

/** A subgraph, described once: its schema, store and how to build resolvers and the request context. */
export interface SubgraphDefinition<C extends { principal: Principal }, Cfg extends SubgraphConfig = SubgraphConfig> {
  service: SubgraphName;
  schemaPath: string;
  entities: MixedList<EntitySchema | Function>;
  migrations: MixedList<Function>;
  /** The service's own config reader (its src/config.ts), so every starter reads the same settings. */
  configFromEnv(env?: NodeJS.ProcessEnv): Cfg;
  build(deps: SubgraphDeps, cfg: Cfg): {
    resolvers: GraphQLResolverMap<C>;
    context(principal: Principal): C | Promise<C>;
  };
}

export interface RunningSubgraph {
  url: string;
  db: DataSource;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Port to listen on; 0 for any free one. @default cfg.port */
  port?: number;
  clock?: Clock;
  logger?: Logger;
}

/** Adds lib's resolvers for the shared schema parts; a type field both define is a programming error. */
function mergeResolvers<C>(own: GraphQLResolverMap<C>, shared: GraphQLResolverMap<C>): GraphQLResolverMap<C> {
  const merged: GraphQLResolverMap<C> = { ...own };
  for (const [type, fields] of Object.entries(shared)) {
    const mine = (own[type] ?? {}) as Record<string, unknown>;
    const clash = Object.keys(fields).find((f) => f in mine);
    if (clash) throw new Error(`${type}.${clash} is resolved by lib (shared schema), not by the subgraph`);
    merged[type] = { ...mine, ...fields } as GraphQLResolverMap<C>[string];
  }
  return merged;
}

/** Opens the database (migrating it), builds the server and listens. */
export async function startSubgraph<C extends { principal: Principal }, Cfg extends SubgraphConfig>(
  def: SubgraphDefinition<C, Cfg>,
  cfg: Cfg,
  opts: StartOptions = {},
): Promise<RunningSubgraph> {
  const logger = opts.logger ?? createLogger(def.service);
  const db = await openDatabase({
    service: def.service,
    url: cfg.databaseUrl,
    dataDir: cfg.dataDir,
    databaseName: cfg.databaseName,
    // Every subgraph keeps an access log of regulators' full reads (lib/store/access-log.ts).
    entities: [...(def.entities as unknown[]), AccessRecordEntity] as never,
    migrations: [...(def.migrations as unknown[]), AccessLog1764300000900] as never,
  });
  // Art 22 ¶2 deadlines are approximate without the official schedule: say so at start, daily, and in /healthz.
  const calendar = new WorkingCalendar({ schedule: cfg.schedule });
  const calendarWarnings = () => calendarCoverage((opts.clock ?? systemClock).now(), calendar).warnings.map(({ code, message }) => ({ code, message }));
  const warnCalendar = () => {
    for (const w of calendarWarnings()) logger.warn('working_calendar_incomplete', w);
  };
  warnCalendar();
  const daily = setInterval(warnCalendar, 24 * 3600_000).unref();
  const deps: SubgraphDeps = { db, pii: createPiiCipher(cfg.pii), clock: opts.clock ?? systemClock, logger };
  const { resolvers, context } = def.build(deps, cfg);
  const server = buildSubgraphServer<C>({
    service: def.service as Exclude<SubgraphName, never>,
    // schema.graphql plus the shared parts lib resolves: the access log's read side (DESIGN §4).
    typeDefs: subgraphTypeDefs(def.service, def.schemaPath),
    resolvers: mergeResolvers(resolvers, accessLogResolvers(def.service, db) as GraphQLResolverMap<C>),
    context,
    tls: cfg.tls,
    tlsPollMs: cfg.tlsPollMs,
    maxConnectionAgeMs: cfg.maxConnectionAgeMs,
    tokenKey: publicKeyFromPem(readFileSync(cfg.tokenKeyPath, 'utf8')),
    production: cfg.production,
    bodyLimit: cfg.bodyLimit,
    logger,
    health: async () => {
      await db.query('SELECT 1');
      return { ok: true, warnings: calendarWarnings() };
    },
  });
  const url = await server.listen(opts.port ?? cfg.port, cfg.host);
  return {
    url,
    db,
    async close() {
      clearInterval(daily);
      await server.close();
      await db.destroy();
    },
  };
}
