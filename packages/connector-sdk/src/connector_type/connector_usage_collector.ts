import type { Logger } from '@kbn/core-server';
import { messageOf } from '../errors/message_of';

/** The part of an axios response or error the collector reads: the request that was sent. */
export interface SentRequestLike {
  request?: { getHeader?: (name: string) => number | string | string[] | undefined };
}

export interface GenAiTokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface ConnectorUsage {
  requestBodyBytes: number;
  genAi: GenAiTokenUsage;
}

/**
 * Counts what one execution sent: request body bytes (every outbound request adds to it) and,
 * for gen-AI connectors, tokens. The executor writes both into the `execute` event
 * (`kibana.action.execution.usage.request_body_bytes`, `kibana.action.execution.gen_ai.usage.*`).
 */
export class ConnectorUsageCollector {
  private readonly logger: Logger;
  private readonly connectorId: string;
  private requestBodyBytes = 0;
  private readonly genAi: GenAiTokenUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };

  constructor({ logger, connectorId }: { logger: Logger; connectorId: string }) {
    this.logger = logger;
    this.connectorId = connectorId;
  }

  /**
   * Adds the size of one request body. The Content-Length actually sent wins (it is what went on
   * the wire); without it, the body is measured as it would be serialised.
   */
  public addRequestBodyBytes(sent?: SentRequestLike, body: unknown = ''): void {
    const contentLength = sent?.request?.getHeader?.('content-length');
    let bytes = 0;
    if (contentLength !== undefined) {
      bytes = parseInt(String(contentLength), 10) || 0;
    } else {
      try {
        if (Buffer.isBuffer(body)) bytes = body.length;
        else bytes = Buffer.byteLength(typeof body === 'string' ? body : (JSON.stringify(body) ?? ''), 'utf8');
      } catch (e) {
        this.logger.error(
          `Request body bytes couldn't be calculated, Error: ${messageOf(e)}, connectorId:${this.connectorId}`
        );
      }
    }
    this.requestBodyBytes += bytes;
  }

  public getRequestBodyByte(): number {
    return this.requestBodyBytes;
  }

  /** Adds the tokens one model call used; the total defaults to prompt + completion. */
  public addGenAiTokenUsage({ promptTokens = 0, completionTokens = 0, totalTokens }: Partial<GenAiTokenUsage>): void {
    this.genAi.promptTokens += promptTokens;
    this.genAi.completionTokens += completionTokens;
    this.genAi.totalTokens += totalTokens ?? promptTokens + completionTokens;
  }

  public getGenAiTokenUsage(): GenAiTokenUsage {
    return { ...this.genAi };
  }

  public getUsage(): ConnectorUsage {
    return { requestBodyBytes: this.requestBodyBytes, genAi: this.getGenAiTokenUsage() };
  }
}
