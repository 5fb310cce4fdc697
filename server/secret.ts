// A secret value (client secret, cache key) that never prints: JSON, util.inspect and template
// strings show "[redacted]"; only reveal() hands out the value, at the one place that needs it.
import { inspect } from 'node:util';

export class Secret<T> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
    Object.freeze(this);
  }

  reveal(): T {
    return this.#value;
  }

  toJSON(): string {
    return '[redacted]';
  }

  toString(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return 'Secret([redacted])';
  }
}
