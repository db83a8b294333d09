import type { DocumentType, OperatorRefResolvers } from '../__generated__/resolvers-types.js';

/** A reference is kept as the operator's identity key: `business:<USCC>` or `person:<type>:<number>`. */
export const OperatorRef: OperatorRefResolvers = {
  uscc: (ref) => (ref.operatorKey.startsWith('business:') ? ref.operatorKey.slice('business:'.length) : null),
  idDocument: (ref) => {
    const m = /^person:([^:]+):(.*)$/.exec(ref.operatorKey);
    return m ? { type: m[1] as DocumentType, number: m[2] } : null;
  },
};
