// Bad requests are refused with an error that names what to fix, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, followUpListSchema, followUpSchema, type FollowUp } from '../../shared/followup';
import { newFollowUp, removeDataDir, startTestServer, type TestServer } from '../helpers/server';

let app: TestServer;
let token: string;
let existing: FollowUp;

beforeAll(async () => {
  app = await startTestServer();
  token = await app.token('ann@smithlaw.example');
  const reply = await app.call('/api/followups', { token, json: newFollowUp({ title: 'The one that exists.' }) });
  existing = followUpSchema.parse(reply.body);
});
afterAll(async () => {
  await app.close();
  await removeDataDir(app.dataDir);
});

async function storedCount(): Promise<number> {
  const reply = await app.call('/api/followups?limit=500', { token });
  return followUpListSchema.parse(reply.body).items.length;
}

const { title: _title, ...withoutTitle } = newFollowUp();
const source = newFollowUp().source;

describe('POST /api/followups with a bad body', () => {
  it.each([
    { name: 'missing title', body: withoutTitle, field: 'title' },
    { name: 'blank title', body: newFollowUp({ title: '   ' }), field: 'title' },
    { name: 'unknown kind', body: { ...newFollowUp(), kind: 'todo' }, field: 'kind' },
    { name: 'owner not an address', body: newFollowUp({ owner: 'bob at the firm' }), field: 'owner' },
    { name: 'due without offset', body: newFollowUp({ due: '2026-01-15T17:00:00' }), field: 'due' },
    { name: 'due as a phrase', body: newFollowUp({ due: 'next Friday' }), field: 'due' },
    { name: 'unknown extra field', body: { ...newFollowUp(), priority: 'high' }, field: 'priority' },
    { name: 'missing message id', body: newFollowUp({ source: { ...source, messageId: '' } }), field: 'source.messageId' },
    { name: 'javascript: web link', body: newFollowUp({ source: { ...source, webLink: 'javascript:alert(1)' } }), field: 'source.webLink' },
    { name: 'snippet over 500 characters', body: newFollowUp({ snippet: 'x'.repeat(501) }), field: 'snippet' },
  ])('$name → 400 naming $field, nothing stored', async ({ body, field }) => {
    const before = await storedCount();
    const reply = await app.call('/api/followups', { token, json: body });
    expect(reply.status).toBe(400);
    const error = apiErrorSchema.parse(reply.body);
    expect(error).toMatchObject({ error: 'invalid_request', field });
    expect(error.message).toContain(field);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a body that is not an object', async () => {
    const reply = await app.call('/api/followups', { token, json: ['not', 'an', 'object'] });
    expect(reply).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});

describe('PATCH /api/followups/:id with a bad body', () => {
  it.each([
    { name: 'unknown status', body: { status: 'finished' }, field: 'status' },
    { name: 'owner not an address', body: { owner: 'nobody' }, field: 'owner' },
    { name: 'kind cannot change', body: { kind: 'inquiry' }, field: 'kind' },
    { name: 'snoozedUntil without offset', body: { snoozedUntil: '2026-01-15 09:00' }, field: 'snoozedUntil' },
    { name: 'empty patch', body: {}, field: undefined },
  ])('$name → 400 naming $field, follow-up unchanged', async ({ body, field }) => {
    const reply = await app.call(`/api/followups/${existing.id}`, { method: 'PATCH', token, json: body });
    expect(reply.status).toBe(400);
    const error = apiErrorSchema.parse(reply.body);
    expect(error.error).toBe('invalid_request');
    expect(error.field).toBe(field);
    const after = await app.call(`/api/followups/${existing.id}`, { token });
    expect(after.body).toEqual(existing);
  });

  it('tells the client to send at least one field', async () => {
    const reply = await app.call(`/api/followups/${existing.id}`, { method: 'PATCH', token, json: {} });
    expect(apiErrorSchema.parse(reply.body).message).toMatch(/at least one field/);
  });
});

describe('GET /api/followups with a bad filter', () => {
  it.each([
    ['status=finished', 'status'],
    ['owner=bob', 'owner'],
    ['kind=todo', 'kind'],
    ['limit=0', 'limit'],
    ['limit=lots', 'limit'],
    ['sort=due', 'sort'],
  ])('?%s → 400 naming %s', async (query, field) => {
    const reply = await app.call(`/api/followups?${query}`, { token });
    expect(reply).toMatchObject({ status: 400, body: { error: 'invalid_request', field } });
  });
});

describe('bodies that are not usable JSON', () => {
  it('malformed JSON → 400 invalid_json, nothing stored', async () => {
    const before = await storedCount();
    const reply = await app.call('/api/followups', { token, body: '{"kind": "ask", "title": ', headers: { 'content-type': 'application/json' } });
    expect(reply).toMatchObject({ status: 400, body: { error: 'invalid_json' } });
    expect(await storedCount()).toBe(before);
  });

  it('a body over 256 kB → 413, nothing stored', async () => {
    const before = await storedCount();
    const huge = { ...newFollowUp({ title: 'Huge' }), padding: 'x'.repeat(300 * 1024) };
    const reply = await app.call('/api/followups', { token, json: huge });
    expect(reply).toMatchObject({ status: 413, body: { error: 'payload_too_large' } });
    expect(await storedCount()).toBe(before);
  });

  it('text/plain → 415, nothing stored', async () => {
    const before = await storedCount();
    const reply = await app.call('/api/followups', {
      token, body: JSON.stringify(newFollowUp({ title: 'Sent as text' })), headers: { 'content-type': 'text/plain' },
    });
    expect(reply).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });
    expect(await storedCount()).toBe(before);
  });

  it('PATCH without a JSON content type → 415, unchanged', async () => {
    const reply = await app.call(`/api/followups/${existing.id}`, { method: 'PATCH', token, body: 'status=done', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(reply).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });
    expect((await app.call(`/api/followups/${existing.id}`, { token })).body).toEqual(existing);
  });
});

describe('things that do not exist', () => {
  it.each([
    ['GET', '/api/followups/00000000-0000-4000-8000-000000000000'],
    ['PATCH', '/api/followups/00000000-0000-4000-8000-000000000000'],
    ['GET', '/api/followups/00000000-0000-4000-8000-000000000000/history'],
    ['GET', '/api/nothing-here'],
    ['DELETE', `/api/followups`],
  ])('%s %s → 404 JSON', async (method, path) => {
    const reply = await app.call(path, { method, token, ...(method === 'PATCH' ? { json: { status: 'done' } } : {}) });
    expect(reply.status).toBe(404);
    expect(apiErrorSchema.parse(reply.body).error).toBe('not_found');
  });

  it('an unknown /api route is 404 JSON even without a token', async () => {
    const reply = await app.call('/api/nothing-here');
    expect(reply).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });
});
