import { Refusal, noExtra, parse, required, type Command } from './args.js';

export const dbUsers: Command = {
  name: 'db-users',
  summary: "create each subgraph's MySQL user, with rights on its own database only (a deployment's one-shot)",
  help: [
    'usage: npm run certs -- db-users --url mysql://root@HOST:3306 --secrets S [--database-prefix P]',
    '',
    'Connects as the administrative account of --url (its password: S/root.password) and, for each',
    'subgraph, creates the database <P><subgraph> and the user of the same name (host %), sets its',
    'password from S/<subgraph>.password and grants it all rights on that database and nothing else.',
    'Safe to run on every start. S is what `init --publish OUT` writes to OUT/db-users/.',
    '',
    '  --database-prefix  default lsgw_ (as DATABASE_PREFIX: bench_ gives bench_blacklist)',
  ],
  async run(argv, io) {
    const p = parse(argv, ['url', 'secrets', 'database-prefix']);
    noExtra(p, 0);
    const [url, secrets] = required(p, 'url', 'secrets');
    if (!/^(mysql|mariadb):\/\//.test(url)) throw new Refusal(`--url ${url}: expected mysql://user@host:port`);
    const { ensureDbUsers } = await import('../db-users.js');
    for (const u of await ensureDbUsers({ url, secrets, prefix: p.flags.get('database-prefix') }))
      io.out(`database user ${u}: rights on database ${u} only`);
  },
};
