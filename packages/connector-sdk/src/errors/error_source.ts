/*
 * Who caused a failure: the user (bad params, a refused host, a 429 from their service) or the
 * framework. Kibana's task manager tags thrown errors this way; the executor copies the tag onto
 * the result's `errorSource`, and the event log reports it.
 */

export type ErrorSource = 'user' | 'framework';

export type ErrorWithSource = Error & { errorSource: ErrorSource };

/** Tags an error (in place) with its source; the default is the framework, as in Kibana. */
export function createTaskRunError(error: Error, errorSource: ErrorSource = 'framework'): ErrorWithSource {
  return Object.assign(error, { errorSource });
}

/** The source an error was tagged with, if any. */
export function getErrorSource(error: unknown): ErrorSource | undefined {
  if (typeof error === 'object' && error !== null) {
    const source = (error as Partial<ErrorWithSource>).errorSource;
    if (source === 'user' || source === 'framework') return source;
  }
  return undefined;
}
