// Calendar (calendarView, getSchedule, creating events) and sending (sendMail, reply) through
// the real Graph client.
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, appToken, BEN, READER, startGraphHarness, type GraphHarness } from './harness';

let h: GraphHarness;
let client: Client;
const eastern = (dateTime: string) => ({ dateTime, timeZone: 'Eastern Standard Time' });

beforeAll(async () => {
  h = await startGraphHarness();
  client = h.client();
  h.graph.addEvent(ANN.mail, { subject: 'Deposition', start: eastern('2024-05-01T10:00:00'), end: eastern('2024-05-01T11:00:00'), showAs: 'busy' });
  h.graph.addEvent(ANN.mail, { subject: 'Maybe lunch', start: { dateTime: '2024-05-01T10:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2024-05-01T10:30:00', timeZone: 'America/Los_Angeles' }, showAs: 'tentative' });
  h.graph.addEvent(ANN.mail, { subject: 'Court', start: eastern('2024-05-01T15:00:00'), end: eastern('2024-05-01T17:00:00'), showAs: 'oof' });
});
afterAll(async () => {
  await h.close();
});

describe('calendar', () => {
  it('requires the time window on calendarView (400 ErrorInvalidParameter)', async () => {
    const missing = await h.call(`/users/${ANN.id}/calendarView`);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'ErrorInvalidParameter', message: 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.' } });
  });

  it('lists the events in the window in UTC, or in the zone Prefer: outlook.timezone names', async () => {
    const path = `/users/${ANN.id}/calendarView?startDateTime=2024-05-01T00:00:00Z&endDateTime=2024-05-02T00:00:00Z`;
    const utc = await client.api(path).get() as { value: { subject: string; start: { dateTime: string; timeZone: string } }[] };
    expect(utc.value.map((e) => [e.subject, e.start.dateTime, e.start.timeZone])).toEqual([
      ['Deposition', '2024-05-01T14:00:00.0000000', 'UTC'], ['Maybe lunch', '2024-05-01T17:00:00.0000000', 'UTC'], ['Court', '2024-05-01T19:00:00.0000000', 'UTC'],
    ]);
    const local = await client.api(path).header('Prefer', 'outlook.timezone="Eastern Standard Time"').get() as { value: { start: { dateTime: string } }[] };
    expect(local.value[0]?.start.dateTime).toBe('2024-05-01T10:00:00.0000000');
  });

  it('computes getSchedule availabilityView per interval: 0 free, 1 tentative, 2 busy, 3 out of office', async () => {
    const reply = await client.api(`/users/${ANN.id}/calendar/getSchedule`).post({
      schedules: [ANN.mail, 'ghost@lawfirm.example'], startTime: eastern('2024-05-01T09:00:00'), endTime: eastern('2024-05-01T17:00:00'), availabilityViewInterval: 60,
    }) as { value: { scheduleId: string; availabilityView: string; scheduleItems: { status: string; start: { dateTime: string } }[]; workingHours?: unknown; error?: unknown }[] };
    const [ann, ghost] = reply.value;
    expect(ann?.availabilityView).toBe('02001033');
    expect(ann?.scheduleItems.map((i) => [i.status, i.start.dateTime])).toEqual([['busy', '2024-05-01T10:00:00.0000000'], ['tentative', '2024-05-01T13:00:00.0000000'], ['oof', '2024-05-01T15:00:00.0000000']]);
    expect(ann?.workingHours).toMatchObject({ daysOfWeek: expect.arrayContaining(['monday']) as unknown, startTime: '08:00:00.0000000' });
    expect(ghost).toMatchObject({ scheduleId: 'ghost@lawfirm.example', error: { responseCode: expect.any(String) as unknown } });
  });

  it('creates an event (201, Calendars.ReadWrite) that then shows in calendarView; a Mail.Read-only app gets 403', async () => {
    const created = await client.api(`/users/${BEN.id}/events`).post({ subject: 'Client call', start: eastern('2024-05-02T09:00:00'), end: eastern('2024-05-02T09:30:00') }) as { id: string; start: { timeZone: string } };
    expect(created.start.timeZone).toBe('Eastern Standard Time');
    const view = await client.api(`/users/${BEN.id}/calendarView?startDateTime=2024-05-02T00:00:00&endDateTime=2024-05-03T00:00:00`).get() as { value: { id: string }[] };
    expect(view.value.map((e) => e.id)).toEqual([created.id]);
    const reader = h.client(await appToken(h.idp, READER));
    const denied = await reader.api(`/users/${BEN.id}/events`).post({ subject: 'x', start: eastern('2024-05-02T09:00:00'), end: eastern('2024-05-02T09:30:00') }).catch((e: unknown) => e);
    expect((denied as GraphError).statusCode).toBe(403);
  });
});

describe('sending', () => {
  it('sendMail answers 202; the copy lands in Sent Items and in a recipient mailbox inbox with the same ids', async () => {
    const sent = await client.api(`/users/${ANN.mail}/sendMail`).post({
      message: { subject: 'Signed engagement letter?', body: { contentType: 'Text', content: 'Ben, could you send it?' }, toRecipients: [{ emailAddress: { address: BEN.mail } }], ccRecipients: [{ emailAddress: { address: 'carla@client.example' } }] },
    });
    expect(sent).toBeDefined();
    const [mine] = h.graph.messages(ANN.mail, 'sentitems');
    const [theirs] = h.graph.messages(BEN.mail, 'inbox');
    expect(mine).toMatchObject({ subject: 'Signed engagement letter?', isRead: true, from: { emailAddress: { address: ANN.mail } } });
    expect(theirs).toMatchObject({ subject: 'Signed engagement letter?', isRead: false, internetMessageId: mine?.internetMessageId, conversationId: mine?.conversationId });
    expect(h.graph.sentMail().map((s) => [s.mailbox, s.message.subject])).toEqual([[ANN.id, 'Signed engagement letter?']]);
  });

  it('reply answers 202 and keeps the conversation; saveToSentItems=false skips Sent Items', async () => {
    const [received] = h.graph.messages(BEN.mail, 'inbox');
    await client.api(`/users/${BEN.id}/messages/${received?.id}/reply`).post({ comment: 'Attached.' });
    const answer = h.graph.messages(ANN.mail, 'inbox').find((m) => m.subject === 'RE: Signed engagement letter?');
    expect(answer?.conversationId).toBe(received?.conversationId);
    expect(answer?.internetMessageHeaders).toEqual(expect.arrayContaining([{ name: 'In-Reply-To', value: received?.internetMessageId }]));
    expect(h.graph.messages(BEN.mail, 'sentitems')).toHaveLength(1);
    await client.api(`/users/${BEN.id}/sendMail`).post({ message: { subject: 'No copy', toRecipients: [{ emailAddress: { address: ANN.mail } }] }, saveToSentItems: 'false' });
    expect(h.graph.messages(BEN.mail, 'sentitems')).toHaveLength(1);
    expect(h.graph.messages(ANN.mail, 'inbox').map((m) => m.subject)).toContain('No copy');
  });

  it('refuses a message with no recipients (400 ErrorInvalidRecipients) and an app without Mail.Send (403)', async () => {
    const none = await client.api(`/users/${ANN.id}/sendMail`).post({ message: { subject: 'To nobody' } }).catch((e: unknown) => e);
    expect([(none as GraphError).statusCode, (none as GraphError).code]).toEqual([400, 'ErrorInvalidRecipients']);
    const reader = h.client(await appToken(h.idp, READER));
    const denied = await reader.api(`/users/${ANN.id}/sendMail`).post({ message: { toRecipients: [{ emailAddress: { address: BEN.mail } }] } }).catch((e: unknown) => e);
    expect((denied as GraphError).statusCode).toBe(403);
  });
});
