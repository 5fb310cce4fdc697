// Typed client for the Onus API. Every response is validated with the shared zod schemas;
// every failure becomes an ApiRequestError with a message the pane can show as is.
import type { z } from 'zod';
import {
  followUpListSchema, followUpSchema, newFollowUpSchema, followUpPatchSchema,
  type FollowUp, type FollowUpKind, type FollowUpPatch, type NewFollowUp,
} from '../../shared/followup';
import { ApiRequestError, errorFromResponse, unexpectedShape, unreachable } from './errors';
import { authorizedFetch } from '../auth/authorizedFetch';
import type { TokenProvider } from '../auth/types';

export interface OnusApi {
  listOpenInConversation(conversationId: string): Promise<FollowUp[]>;
  createFollowUp(input: NewFollowUp): Promise<FollowUp>;
  updateFollowUp(id: string, patch: FollowUpPatch): Promise<FollowUp>;
  /** The firm's open queue, soonest due first. */
  listQueue(filter: QueueFilter): Promise<FollowUp[]>;
}

export interface QueueFilter {
  readonly kind?: FollowUpKind;
  /** An owner's address, or 'unassigned'; absent for everyone's items. */
  readonly owner?: string;
  /** At most 500 (the server's cap). */
  readonly limit?: number;
}

/** The server's page cap: the queue view asks for all of it in one request. */
export const QUEUE_LIMIT = 500;

export interface ApiClientOptions {
  /** '' for the origin that served the pane. */
  readonly baseUrl: string;
  /** Bearer tokens, refreshed at most once per request (addin/auth/authorizedFetch.ts). */
  readonly tokens: TokenProvider;
}

export function createApiClient({ baseUrl, tokens }: ApiClientOptions): OnusApi {
  async function send(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await authorizedFetch(tokens, async (token) => {
      try {
        return await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            accept: 'application/json',
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (err) {
        throw unreachable(err);
      }
    });
    if (!res.ok) throw await errorFromResponse(res);
    return res.json().catch(() => null);
  }

  function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw unexpectedShape(what);
    return parsed.data;
  }

  function checkInput<S extends z.ZodType>(schema: S, value: unknown): void {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'input';
      throw new ApiRequestError(`Can't save: ${where} ${issue?.message ?? 'is invalid'}.`, 0, 'invalid_input');
    }
  }

  return {
    async listOpenInConversation(conversationId) {
      const query = new URLSearchParams({ conversationId, status: 'open' });
      const data = await send('GET', `/api/followups?${query.toString()}`);
      return parse(followUpListSchema, data, 'the follow-up list').items;
    },
    async listQueue({ kind, owner, limit = QUEUE_LIMIT }) {
      const query = new URLSearchParams({ status: 'open', limit: String(limit) });
      if (kind) query.set('kind', kind);
      if (owner) query.set('owner', owner);
      const data = await send('GET', `/api/followups?${query.toString()}`);
      return parse(followUpListSchema, data, 'the queue').items;
    },
    async createFollowUp(input) {
      checkInput(newFollowUpSchema, input);
      return parse(followUpSchema, await send('POST', '/api/followups', input), 'the new follow-up');
    },
    async updateFollowUp(id, patch) {
      checkInput(followUpPatchSchema, patch);
      return parse(followUpSchema, await send('PATCH', `/api/followups/${encodeURIComponent(id)}`, patch), 'the follow-up');
    },
  };
}
