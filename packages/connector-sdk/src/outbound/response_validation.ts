import type { AxiosResponse } from 'axios';

const REQUIRED_CONTENT_TYPE = 'application/json';

/**
 * Kibana's check of a JSON service's answer: a 204 passes; otherwise the content type must be JSON,
 * the body an object, and the named attributes present (null counts as present).
 */
export function throwIfResponseIsNotValid({
  res,
  requiredAttributesToBeInTheResponse = [],
}: {
  res: AxiosResponse;
  requiredAttributesToBeInTheResponse?: string[];
}): void {
  if (res.status === 204) return;

  const contentType = String(res.headers['content-type'] ?? 'undefined');
  if (!contentType.includes(REQUIRED_CONTENT_TYPE)) {
    throw new Error(
      `Unsupported content type: ${contentType} in ${res.config.method} ${res.config.url}. Supported content types: ${REQUIRED_CONTENT_TYPE}`
    );
  }

  const data: unknown = res.data;
  const isEmpty = data == null || data === '' || (typeof data === 'object' && Object.keys(data).length === 0);
  if (!isEmpty && (typeof data !== 'object' || data === null)) {
    throw new Error('Response is not a valid JSON');
  }

  if (requiredAttributesToBeInTheResponse.length > 0) {
    const missing = new Error(
      `Response is missing at least one of the expected fields: ${requiredAttributesToBeInTheResponse.join(',')}`
    );
    // an array where an object is expected cannot hold the fields
    if (Array.isArray(data)) throw missing;
    for (const attribute of requiredAttributesToBeInTheResponse) {
      if ((data as Record<string, unknown> | null)?.[attribute] === undefined) throw missing;
    }
  }
}
