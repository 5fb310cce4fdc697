// Runs extraction off the pane's main thread so a long thread never blocks clicks or typing.
import { extractAsks } from '../../shared/extract/index';
import type { ExtractionReply, ExtractionRequest } from './protocol';

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  const { id, message } = event.data;
  let reply: ExtractionReply;
  try {
    reply = { id, ok: true, suggestions: extractAsks(message) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
