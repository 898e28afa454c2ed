import { HttpError, isHttpError } from '../errors/http_error';

/** The errors saved objects raise, with Kibana's messages (the router answers them as they are). */
export const SavedObjectsErrorHelpers = {
  createGenericNotFoundError(type: string, id: string): HttpError {
    return new HttpError(404, `Saved object [${type}/${id}] not found`);
  },
  createConflictError(type: string, id: string, reason?: string): HttpError {
    return new HttpError(409, reason ?? `Saved object [${type}/${id}] conflict`);
  },
  createBadRequestError(reason?: string): HttpError {
    return new HttpError(400, reason ? `${reason}: Bad Request` : 'Bad Request');
  },
  createUnsupportedTypeError(type: string): HttpError {
    return new HttpError(400, `Unsupported saved object type: '${type}': Bad Request`);
  },
  isNotFoundError(error: unknown): boolean {
    return isHttpError(error) && error.statusCode === 404;
  },
  isConflictError(error: unknown): boolean {
    return isHttpError(error) && error.statusCode === 409;
  },
  isBadRequestError(error: unknown): boolean {
    return isHttpError(error) && error.statusCode === 400;
  },
};

/** The `error` field of a failed object in a bulk response. */
export function toBulkError(error: unknown): { statusCode: number; error: string; message: string } {
  if (isHttpError(error)) return { statusCode: error.statusCode, error: error.error, message: error.message };
  return { statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' };
}
