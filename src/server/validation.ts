/** Request validation with zod, turned into 400s that list every problem. */
import { z } from 'zod';
import { ApiError } from './errors.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: field ? `${field}.${key}` : key, message: 'unknown field' }));
    }
    return [{ field, message: issue.message }];
  });
}

/**
 * Parses a request body; unknown fields are rejected by the (strict) schemas.
 *
 * @example
 * const { username } = parseBody(loginSchema, request.body);
 */
export function parseBody<S extends z.core.$ZodType>(schema: S, body: unknown): z.output<S> {
  // The top-level safeParse takes classic and zod/mini schemas alike (src/core uses zod/mini).
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new ApiError(400, 'invalid_body', 'The request body is not valid.', zodProblems(result.error));
  }
  return result.data;
}
