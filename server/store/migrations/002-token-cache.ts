// 002: msal-node's token cache, one row per signed-in person (partition "<tenant>:<oid>").
// `sealed` is AES-256-GCM ciphertext (server/msal/cache-crypto.ts); the database never holds a
// token in clear.
import type { Migration } from '../migrate';

export const tokenCache: Migration = {
  version: 2,
  name: 'token-cache',
  sql: `
    CREATE TABLE token_cache (
      partition   TEXT PRIMARY KEY,
      sealed      BLOB NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
  `,
};
