/**
 * The records of the Art 9 filing and their validation (validateBatch): shared with the member's upload
 * tool so both normalise a batch alike, in lib/filing/record.ts.
 */
export * from '../../../../lib/filing/record.js';
