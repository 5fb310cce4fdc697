// msal-node ICachePlugin: one person's token cache, loaded from and saved to SQLite, sealed.
// A cache that no longer opens (key changed, row altered) is dropped: the next call asks Microsoft.
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { TokenCacheRepo } from '../store/token-cache-repo';
import { open, seal } from './cache-crypto';

export function sealedCachePlugin(repo: TokenCacheRepo, key: Buffer, partition: string, now: () => Date): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      const sealed = repo.get(partition);
      if (sealed === null) return;
      const plaintext = open(key, partition, sealed);
      if (plaintext === null) {
        repo.delete(partition);
        return;
      }
      context.tokenCache.deserialize(plaintext);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (context.cacheHasChanged) repo.put(partition, seal(key, partition, context.tokenCache.serialize()), now());
    },
  };
}
