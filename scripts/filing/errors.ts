/** Why an upload stopped: one message for people, and the exchange's errors as they came. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly errors: unknown[] = [],
  ) {
    super(message);
  }
}
