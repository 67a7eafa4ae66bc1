/**
 * A request the server will not carry out, and why, in words a developer can act on. Thrown
 * before anything is written, or inside a transaction so that what was written is rolled back.
 * Messages never repeat a secret or a learner's data that was sent.
 */
export type RefusalCode =
  | 'invalid-input'
  | 'no-credentials'
  | 'email-taken'
  | 'wrong-credentials'
  | 'no-session'
  | 'unknown-code'
  | 'expired-code'
  | 'used-code'
  | 'already-enrolled'
  | 'unknown-device'
  | 'no-such-device'
  | 'revoked-device'
  | 'learner-of-another-hub'
  | 'too-many-tries';

export class Refused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'Refused';
  }
}
