/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ConsoleEntries($first: Int, $after: String) {\n  blacklistEntries(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        subject {\n          type\n          name\n          documentType\n          documentNumber\n          uscc\n        }\n        term {\n          startsAt\n          endsAt\n        }\n        status\n        appealPending\n        createdAt\n        appeals {\n          id\n          status\n          grounds\n          receivedAt\n          decidedAt\n          decisionReason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ConsoleDisposalReport($id: ID!) {\n  disposalReport(id: $id) {\n    id\n    version\n    platform {\n      uscc\n    }\n    subject {\n      kind\n      person {\n        name\n      }\n      business {\n        name\n        uscc\n      }\n    }\n    measures {\n      type\n      name\n      startsAt\n      endsAt\n      lifted\n    }\n    facts\n    decidedAt\n    reportedAt\n    severe\n    recipients {\n      authority\n      level\n      region\n      mustAcknowledge\n      acknowledgedAt\n    }\n    history {\n      version\n      createdAt\n      reason\n      facts\n      decidedAt\n      measures {\n        type\n        name\n      }\n    }\n  }\n}": typeof types.ConsoleEntriesDocument,
    "mutation ConsoleSubmitFiling($filingId: ID!) {\n  submitFiling(filingId: $filingId) {\n    id\n    status\n    submittedAt\n    onTime\n    digest\n    receipt\n  }\n}": typeof types.ConsoleSubmitFilingDocument,
};
const documents: Documents = {
    "query ConsoleEntries($first: Int, $after: String) {\n  blacklistEntries(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        subject {\n          type\n          name\n          documentType\n          documentNumber\n          uscc\n        }\n        term {\n          startsAt\n          endsAt\n        }\n        status\n        appealPending\n        createdAt\n        appeals {\n          id\n          status\n          grounds\n          receivedAt\n          decidedAt\n          decisionReason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ConsoleDisposalReport($id: ID!) {\n  disposalReport(id: $id) {\n    id\n    version\n    platform {\n      uscc\n    }\n    subject {\n      kind\n      person {\n        name\n      }\n      business {\n        name\n        uscc\n      }\n    }\n    measures {\n      type\n      name\n      startsAt\n      endsAt\n      lifted\n    }\n    facts\n    decidedAt\n    reportedAt\n    severe\n    recipients {\n      authority\n      level\n      region\n      mustAcknowledge\n      acknowledgedAt\n    }\n    history {\n      version\n      createdAt\n      reason\n      facts\n      decidedAt\n      measures {\n        type\n        name\n      }\n    }\n  }\n}": types.ConsoleEntriesDocument,
    "mutation ConsoleSubmitFiling($filingId: ID!) {\n  submitFiling(filingId: $filingId) {\n    id\n    status\n    submittedAt\n    onTime\n    digest\n    receipt\n  }\n}": types.ConsoleSubmitFilingDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ConsoleEntries($first: Int, $after: String) {\n  blacklistEntries(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        subject {\n          type\n          name\n          documentType\n          documentNumber\n          uscc\n        }\n        term {\n          startsAt\n          endsAt\n        }\n        status\n        appealPending\n        createdAt\n        appeals {\n          id\n          status\n          grounds\n          receivedAt\n          decidedAt\n          decisionReason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ConsoleDisposalReport($id: ID!) {\n  disposalReport(id: $id) {\n    id\n    version\n    platform {\n      uscc\n    }\n    subject {\n      kind\n      person {\n        name\n      }\n      business {\n        name\n        uscc\n      }\n    }\n    measures {\n      type\n      name\n      startsAt\n      endsAt\n      lifted\n    }\n    facts\n    decidedAt\n    reportedAt\n    severe\n    recipients {\n      authority\n      level\n      region\n      mustAcknowledge\n      acknowledgedAt\n    }\n    history {\n      version\n      createdAt\n      reason\n      facts\n      decidedAt\n      measures {\n        type\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ConsoleEntriesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ConsoleSubmitFiling($filingId: ID!) {\n  submitFiling(filingId: $filingId) {\n    id\n    status\n    submittedAt\n    onTime\n    digest\n    receipt\n  }\n}"): typeof import('./graphql.js').ConsoleSubmitFilingDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
