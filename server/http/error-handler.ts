// Every error becomes the shared ApiError body with a stable id. 5xx details go to the log, not the client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError, errors } from '../errors';
import { BODY_LIMIT } from './json-body';

/** Unknown routes (API or page) answer JSON, like the rest of the API. */
export const apiNotFound: RequestHandler = (req) => {
  throw errors.notFound(`${req.method} ${req.originalUrl.split('?')[0] ?? ''}`);
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500 && apiError.id === 'internal') {
      logger.error({ err: describe(err), method: req.method, path: req.path }, 'unhandled error');
    }
    if (res.headersSent) {
      next(err);
      return;
    }
    res.status(apiError.status).set(apiError.headers).json(apiError.body());
  };
}

/** Errors raised by express.json() carry a `type`; see body-parser's README. */
function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  switch (typeof err === 'object' && err !== null && 'type' in err ? err.type : undefined) {
    case 'entity.too.large': return errors.payloadTooLarge(BODY_LIMIT);
    case 'entity.parse.failed': return errors.invalidJson();
    case 'charset.unsupported':
    case 'encoding.unsupported': return errors.unsupportedMediaType();
    case 'request.aborted':
    case 'request.size.invalid': return errors.invalidRequest(undefined, 'The request body was incomplete; send it again.');
    default: return errors.internal();
  }
}

/** Name, message and stack only: body-parser errors carry the raw body, which may be email text. */
function describe(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { type: err.name, message: err.message, stack: err.stack } : { type: typeof err };
}
