// The layering checks of STYLE.md "Layout" (../shared/STYLE.md), run by `npm run lint`.
// test/audits/layers.test.ts proves every rule fails on a deliberate violation and lists the violations
// the real tree still has.
//
// Paths are relative to the repo root. Every `from` starts with ROOT, which captures whatever comes before
// the layout (nothing in the real tree, `test/audits/fixtures/layers/` for the fixtures), and every `to`
// inside the repo starts with `^$1`, so a rule only ever compares files of the same tree. A bare
// `(^|/)test/` would otherwise match every fixture, since they all live under test/.
//
// ROOT is `(|.*/)` because the group must always match (an unmatched group leaves `$1` literal and the
// rule never fires) and dependency-cruiser refuses `(.*/)?` and `((?:[^/]+/)*)` as unsafe regexes.
//
// CommonJS on purpose: the package is "type": "module" and dependency-cruiser loads a .cjs config as is.

/** Whatever precedes the layout: '' for the real tree, the fixture folder for the fixtures ($1 in `to`). */
const ROOT = '^(|.*/)';

/** Packages that bind code to GraphQL or to a database. */
const GRAPHQL_OR_DB_PACKAGES = '(^|/)node_modules/(graphql|typeorm|@apollo/[^/]+|mysql2|better-sqlite3)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // STYLE (E): the law lives in domain/ and reads without transport or ORM. GraphQL types, entities and
      // SQL stay in resolvers/ and store/; the domain reaches storage only through its ports.
      name: 'domain-is-pure',
      comment:
        'subgraphs/*/src/domain imports no graphql, typeorm, @apollo/*, mysql2 or better-sqlite3, nothing of ' +
        "its subgraph's store/, resolvers/ or __generated__/ (GraphQL resolver types), and none of the lib " +
        'pieces bound to GraphQL or a database (lib/store, lib/db.ts, lib/graphql, lib/subgraph, lib/http).',
      severity: 'error',
      from: { path: `${ROOT}subgraphs/[^/]+/src/domain/` },
      to: {
        path: [
          GRAPHQL_OR_DB_PACKAGES,
          '^$1subgraphs/[^/]+/src/(store|resolvers|__generated__)/',
          '^$1lib/(store/|db\\.ts$|graphql/|subgraph/|http/)',
        ],
      },
    },
    {
      // STYLE: resolvers only unpack arguments and call one domain function; the database is behind the
      // services. lib/store and lib/db.ts count as the database too.
      name: 'resolvers-use-services',
      comment:
        "subgraphs/*/src/resolvers imports nothing of any subgraph's store/, nor lib/store, lib/db.ts, " +
        'typeorm, mysql2 or better-sqlite3: it calls a domain service instead.',
      severity: 'error',
      from: { path: `${ROOT}subgraphs/[^/]+/src/resolvers/` },
      to: {
        path: [
          '(^|/)node_modules/(typeorm|mysql2|better-sqlite3)/',
          '^$1subgraphs/[^/]+/src/store/',
          '^$1lib/(store/|db\\.ts$)',
        ],
      },
    },
    {
      // lib/ is what every service shares; it must not depend on any of them, nor on the tools and tests
      // built on top of it (certs/ imports lib/, so lib → certs/ is a cycle between folders).
      name: 'lib-stands-alone',
      comment: 'lib/ imports nothing from gateway/, subgraphs/, scripts/, certs/, bench/ or test/.',
      severity: 'error',
      from: { path: `${ROOT}lib/` },
      to: { path: '^$1(gateway|subgraphs|scripts|certs|bench|test)/' },
    },
    {
      // A module cycle that exists at run time makes load order matter (a value read before its module
      // finished evaluating is undefined). Type-only cycles are erased by tsc and are left alone: codegen's
      // mappers make every __generated__/resolvers-types.ts ↔ resolvers/<Type>.ts pair one.
      name: 'no-circular',
      comment: 'No import cycle at run time (type-only imports do not count). A warning: it does not fail lint.',
      severity: 'warn',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Type-only imports count: `import type { DataSource } from 'typeorm'` in a domain file is still a
    // dependency on the ORM, although tsc erases it.
    tsPreCompilationDeps: true,
    // Resolution as tsc does it (NodeNext): `./x.js` finds `./x.ts` (dependency-cruiser retries a
    // missing .js as .ts/.tsx/.d.ts).
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // The fixtures break the rules on purpose; layers.test.ts cruises them itself.
    exclude: { path: '^test/audits/fixtures/' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
