import { PasswordHasher, type DeriveKey, type ScryptParams } from './passwords';
import { SessionStore } from './sessions';
import { UnknownNameAttempts } from './throttle';

export interface AuthOptions {
  /** scrypt cost for new hashes; tests pass cheaper ones (the stored parameters are honoured). */
  passwordParams?: ScryptParams;
  /** Tests count derivations to prove the unknown-user path does the same work. */
  deriveKey?: DeriveKey;
}

/** The core's sign-in state that is not in the database: sessions and unknown-name counters. */
export class AuthRuntime {
  readonly sessions = new SessionStore();
  readonly unknownNames = new UnknownNameAttempts();
  readonly hasher: PasswordHasher;

  constructor(options: AuthOptions = {}) {
    this.hasher = new PasswordHasher(options.passwordParams, options.deriveKey);
  }
}
