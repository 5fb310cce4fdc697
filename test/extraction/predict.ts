// The one place the regression tooling calls the extractor: a gold record in, its predictions out.
import { extractAsks } from '../../shared/extract';
import { toEmailMessage, type GoldRecord } from './records';
import type { Prediction } from './score';

export function predict(record: GoldRecord): Prediction[] {
  return extractAsks(toEmailMessage(record)).map(({ text, kind, owner, due, forwarded }) => ({ text, kind, owner, due, forwarded }));
}
