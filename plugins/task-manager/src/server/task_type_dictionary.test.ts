import { TaskTypeDictionary } from './task_type_dictionary';

const runner = () => ({ run: async () => undefined });

describe('TaskTypeDictionary', () => {
  test('fills in the default timeout and keeps the rest', () => {
    const dictionary = new TaskDefinitionsFixture().dictionary;
    expect(dictionary.get('report')).toMatchObject({ type: 'report', title: 'Report', timeout: '5m', timeoutMs: 300_000, maxAttempts: 2 });
    expect(dictionary.getAllTypes()).toEqual(['report']);
  });

  test("a type registered twice fails with Kibana's message", () => {
    const { dictionary } = new TaskDefinitionsFixture();
    expect(() => dictionary.registerTaskDefinitions({ report: { title: 'Again', createTaskRunner: runner } })).toThrow('Task report is already defined!');
  });

  test("ensureHas names the supported types, as Kibana's", () => {
    const { dictionary } = new TaskDefinitionsFixture();
    expect(() => dictionary.ensureHas('nope')).toThrow('Unsupported task type "nope". Supported types are report');
  });

  test('invalid timeouts and attempts are refused at registration', () => {
    const dictionary = new TaskTypeDictionary();
    expect(() => dictionary.registerTaskDefinitions({ a: { title: 'A', timeout: '5 minutes', createTaskRunner: runner } })).toThrow(
      'Invalid task definition [a]: [timeout]: Invalid interval "5 minutes".'
    );
    expect(() => dictionary.registerTaskDefinitions({ a: { title: 'A', maxAttempts: 0, createTaskRunner: runner } })).toThrow('[maxAttempts]');
    expect(dictionary.getAllTypes()).toEqual([]);
  });
});

class TaskDefinitionsFixture {
  public readonly dictionary = new TaskTypeDictionary();
  constructor() {
    this.dictionary.registerTaskDefinitions({ report: { title: 'Report', maxAttempts: 2, createTaskRunner: runner } });
  }
}
