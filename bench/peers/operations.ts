import type { GraphQLClient } from '../../lib/http/client.js';
import { CHECK } from '../support/blacklist-seed.js';
import { gatewayRows, pages, type Direct } from '../support/federation-pages.js';
import { syntheticResidentId } from '../support/synthetic.js';

/**
 * What bench:peers measures through each gateway: the peer platform's single-subject blacklist check
 * (bench:check's) and the federated pages a provincial office reads (bench:federation's), each with the
 * least a client could do straight to the subgraphs for the same answer.
 */
export interface Operation {
  name: string;
  /** Who calls: the peer platform (demo-platform-b) or the provincial office (samr-zhejiang). */
  caller: 'peer' | 'office';
  /** One call through a gateway; `fixed` asks for the same answer every time (to compare gateways). */
  viaGateway(c: GraphQLClient, fixed?: boolean): Promise<unknown>;
  direct(d: Direct & { check: GraphQLClient }, fixed?: boolean): Promise<unknown>;
}

/** `population` people, half of them listed: a check asks for one of 2 × population at random. */
export function operations(pageSize: number, period: string, population: () => number): Operation[] {
  const subject = (fixed?: boolean) => {
    const i = fixed ? 0 : Math.floor(Math.random() * Math.max(1, population()) * 2);
    return { s: [{ documentType: 'RESIDENT_ID', documentNumber: syntheticResidentId(i) }] };
  };
  const check = async (c: GraphQLClient, fixed?: boolean) => {
    const r = await c.request(CHECK, subject(fixed));
    if (r.errors?.length) throw new Error(`blacklistCheck: ${JSON.stringify(r.errors).slice(0, 500)}`);
    return r.data;
  };
  return [
    {
      name: 'single-subject blacklistCheck',
      caller: 'peer',
      viaGateway: check,
      direct: (d, fixed) => check(d.check, fixed),
    },
    ...pages(pageSize, period).map(
      (page): Operation => ({
        name: page.name,
        caller: 'office',
        async viaGateway(c) {
          const r = await c.request(page.gateway.query, page.gateway.variables);
          if (r.errors?.length) throw new Error(`${page.name}: ${JSON.stringify(r.errors).slice(0, 500)}`);
          return gatewayRows(page, r.data);
        },
        direct: (d) => page.direct(d),
      }),
    ),
  ];
}
