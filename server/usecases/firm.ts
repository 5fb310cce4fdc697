// The caller's firm at a glance, for its administrators.
import type { Identity } from '../auth/identity';
import type { FirmStats, FirmsRepo } from '../store/firms-repo';

export interface FirmOverview extends FirmStats {
  readonly firmId: string;
}

export function firmOverview(deps: { readonly firms: FirmsRepo }, caller: Identity): FirmOverview {
  return { firmId: caller.firmId, ...deps.firms.stats(caller.firmId) };
}
