import { isValidInterval, parseIntervalAsMillisecond } from './intervals';
import { DEFAULT_TIMEOUT, type TaskDefinition, type TaskDefinitionRegistry } from './task';

/** The registered task types, with Kibana's errors for duplicates and unknown types. */
export class TaskTypeDictionary {
  private readonly definitions = new Map<string, TaskDefinition>();
  /** Bumped on every registration, so the claimer knows when to rebuild its type lists. */
  private revision = 0;

  public get version(): number {
    return this.revision;
  }

  public registerTaskDefinitions(taskDefinitions: TaskDefinitionRegistry): void {
    const duplicate = Object.keys(taskDefinitions).find((type) => this.definitions.has(type));
    if (duplicate) throw new Error(`Task ${duplicate} is already defined!`);
    const sanitized = Object.entries(taskDefinitions).map(([type, definition]) => sanitize(type, definition));
    for (const definition of sanitized) this.definitions.set(definition.type, definition);
    this.revision += 1;
  }

  public has(type: string): boolean {
    return this.definitions.has(type);
  }

  public get(type: string): TaskDefinition | undefined {
    return this.definitions.get(type);
  }

  public getAllTypes(): string[] {
    return [...this.definitions.keys()];
  }

  public getAllDefinitions(): TaskDefinition[] {
    return [...this.definitions.values()];
  }

  public ensureHas(type: string): void {
    if (!this.has(type)) throw new Error(`Unsupported task type "${type}". Supported types are ${this.getAllTypes().join(', ')}`);
  }
}

function sanitize(type: string, definition: TaskDefinitionRegistry[string]): TaskDefinition {
  const problem = (message: string) => new Error(`Invalid task definition [${type}]: ${message}`);
  if (typeof definition.title !== 'string' || definition.title === '') throw problem('[title]: expected a non-empty string');
  if (typeof definition.createTaskRunner !== 'function') throw problem('[createTaskRunner]: expected a function');
  const timeout = definition.timeout ?? DEFAULT_TIMEOUT;
  if (!isValidInterval(timeout)) throw problem(`[timeout]: Invalid interval "${timeout}". Intervals must be of the form {number}m. Example: 5m.`);
  if (definition.maxAttempts !== undefined && !(Number.isInteger(definition.maxAttempts) && definition.maxAttempts >= 1)) {
    throw problem('[maxAttempts]: expected an integer of at least 1');
  }
  if (definition.maxConcurrency !== undefined && !(Number.isInteger(definition.maxConcurrency) && definition.maxConcurrency >= 0)) {
    throw problem('[maxConcurrency]: expected an integer of at least 0');
  }
  return { ...definition, type, timeout, timeoutMs: parseIntervalAsMillisecond(timeout) };
}
