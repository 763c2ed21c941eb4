// Answers many endpoints share, described once for the OpenAPI document.
import { z } from 'zod';
import { ErrorSchema } from '../graph/api-schemas.js';

export const TOO_MANY = ErrorSchema.meta({
  description: 'Too many requests from one address in the rate limit window (300 a minute by default). Wait, then try again.',
  headers: { 'retry-after': { type: 'integer', description: 'Seconds to wait before trying again.' } },
});
export const NOT_MODIFIED = z.undefined()
  .describe('Not modified: the ETag sent in If-None-Match is still current, so use the copy you have. No body.');
export const INVALID = ErrorSchema.describe('The request is not valid. The error names the question or field, and lists the values allowed where there is a list.');
