/** Entities owned by other subgraphs, as this one passes them around: their key only. */
export interface Platform {
  uscc: string;
}
export interface DisposalReport {
  id: string;
}
