// Extraction from the pane: in a Web Worker when the browser allows one, otherwise on the main
// thread (loaded lazily, so the extraction code is never part of the first bundle).
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';
import type { ExtractionReply } from './protocol';

const WORKER_TIMEOUT_MS = 30_000;

let worker: Worker | null | undefined;
let nextId = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'function' ? new Worker(new URL('./extract.worker.ts', import.meta.url)) : null;
  } catch {
    worker = null; // e.g. a host that forbids workers: fall back to the main thread
  }
  return worker;
}

/** Start the worker now, so its code loads and compiles while Office.js is still getting ready. */
export function warmUpExtraction(): void {
  getWorker();
}

function inWorker(w: Worker, message: EmailMessage): Promise<Suggestion[]> {
  const id = nextId++;
  return new Promise<Suggestion[]>((resolve, reject) => {
    const done = (): void => { clearTimeout(timer); w.removeEventListener('message', onMessage); w.removeEventListener('error', onError); };
    const onMessage = (event: MessageEvent<ExtractionReply>): void => {
      if (event.data?.id !== id) return;
      done();
      if (event.data.ok) resolve(event.data.suggestions);
      else reject(new Error(`Onus could not read this message: ${event.data.error}`));
    };
    const onError = (event: ErrorEvent): void => {
      done();
      worker = null; // a broken worker: later runs use the main thread
      event.preventDefault();
      reject(new Error('WORKER_FAILED'));
    };
    const timer = setTimeout(() => {
      done();
      w.terminate();
      worker = undefined;
      reject(new Error('Reading this message took too long. Try a shorter message.'));
    }, WORKER_TIMEOUT_MS);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, message });
  });
}

async function onMainThread(message: EmailMessage): Promise<Suggestion[]> {
  const { extractAsks } = await import('../../shared/extract/index');
  return extractAsks(message);
}

export async function runExtraction(message: EmailMessage): Promise<Suggestion[]> {
  const w = getWorker();
  if (!w) return onMainThread(message);
  try {
    return await inWorker(w, message);
  } catch (err) {
    if (err instanceof Error && err.message === 'WORKER_FAILED') return onMainThread(message);
    throw err;
  }
}
