// Structured logs (pino). Child loggers carry a `category` (http, startup, …). Tokens and
// authorization headers are redacted wherever they appear; request bodies are never logged.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

export const REDACTED_PATHS = [
  'authorization',
  'token',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  '*.token',
  '*.accessToken',
  'body',
  '*.body',
];

/** Logs go to stdout unless a destination is given (tests read the lines back). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'onus' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
