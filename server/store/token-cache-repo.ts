// Sealed (encrypted) token-cache blobs by partition. The repository never sees a token in clear.
import type { Db } from './db';

export interface TokenCacheRepo {
  get(partition: string): Buffer | null;
  put(partition: string, sealed: Buffer, at: Date): void;
  delete(partition: string): void;
}

export function createTokenCacheRepo(db: Db): TokenCacheRepo {
  const select = db.prepare<[string], { sealed: Buffer }>('SELECT sealed FROM token_cache WHERE partition = ?');
  const upsert = db.prepare<[string, Buffer, string]>(`
    INSERT INTO token_cache (partition, sealed, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (partition) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at`);
  const remove = db.prepare<[string]>('DELETE FROM token_cache WHERE partition = ?');
  return {
    get: (partition) => select.get(partition)?.sealed ?? null,
    put: (partition, sealed, at) => void upsert.run(partition, sealed, at.toISOString()),
    delete: (partition) => void remove.run(partition),
  };
}
