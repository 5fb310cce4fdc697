// Request bodies: JSON only, at most BODY_LIMIT. Parse failures reach the error handler.
import express, { type RequestHandler } from 'express';
import { errors } from '../errors';

export const BODY_LIMIT = '256kb';

const requireJson: RequestHandler = (req, _res, next) => {
  const hasBodyMethod = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  if (hasBodyMethod && !req.is('application/json')) throw errors.unsupportedMediaType();
  next();
};

export function jsonBody(): RequestHandler[] {
  return [requireJson, express.json({ limit: BODY_LIMIT, strict: true })];
}
