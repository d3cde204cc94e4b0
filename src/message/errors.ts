/** Thrown only when nothing at all can be read from a message (no header field at all). */
export class MessageParseError extends Error {
  override readonly name = 'MessageParseError';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}
