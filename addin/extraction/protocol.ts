// Messages between the pane and the extraction worker.
import type { EmailMessage } from '../../shared/email';
import type { Suggestion } from '../../shared/extract/types';

export interface ExtractionRequest { readonly id: number; readonly message: EmailMessage }

export type ExtractionReply =
  | { readonly id: number; readonly ok: true; readonly suggestions: Suggestion[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
