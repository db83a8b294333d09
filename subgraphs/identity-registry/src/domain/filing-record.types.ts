/** The shapes of the Art 9 filing's records: shared with the upload tool, in lib/filing/record.types.ts. */
export type * from '../../../../lib/filing/record.types.js';
