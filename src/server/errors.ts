/**
 * Every error leaves the server as `{ error: { code, message, details } }` with a fitting status.
 * Handlers throw `ApiError`; anything else thrown becomes a 500 without internals in the body.
 */
import type { FastifyError, FastifyInstance } from 'fastify';

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what = 'station'): ApiError => new ApiError(404, 'not_found', `No such ${what}.`);

export function errorBody(code: string, message: string, details: unknown = null): ErrorBody {
  return { error: { code, message, details } };
}

/** Fastify's own errors (body too large, bad content type, bad JSON) mapped to our codes. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
    if (err instanceof ApiError) {
      void reply.headers(err.headers).code(err.status).send(errorBody(err.code, err.message, err.details));
      return;
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      void reply.code(500).send(errorBody('internal', 'Something went wrong on the server.'));
      return;
    }
    const code = (err.code && FASTIFY_CODES[err.code]) ?? 'bad_request';
    void reply.code(status).send(errorBody(code, err.message));
  });
}

/** The 404 for unknown routes when no static files are served (see static.ts otherwise). */
export function installNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
