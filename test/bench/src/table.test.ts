import { emptyFigures, toJson, verdict } from './figures';
import { formatTable } from './table';

test('verdict compares with each kind of target', () => {
  expect(verdict({ op: '<', value: 10 }, 9.9)).toBe('pass');
  expect(verdict({ op: '<', value: 10 }, 10)).toBe('FAIL');
  expect(verdict({ op: '>=', value: 1000 }, 1000)).toBe('pass');
  expect(verdict({ op: '<=', value: 0 }, 1)).toBe('FAIL');
  expect(verdict({ op: '<', value: 10 }, null)).toBe('n/a');
  expect(verdict(null, 5)).toBe('n/a');
});

test('the table has one aligned row per figure with value, target and result', () => {
  const figures = { ...emptyFigures(), queued_exec_per_s: 1234.56, create_p99_ms: 25 };
  const lines = formatTable(figures).split('\n');
  expect(lines[0]).toMatch(/^figure\s+measured\s+target\s+result$/);
  expect(lines).toContainEqual(expect.stringMatching(/^Queued executions delivered to the sink\s+1,235 exec\/s\s+>= 1,000 exec\/s\s+pass$/));
  expect(lines).toContainEqual(expect.stringMatching(/^POST \/api\/actions\/connector, p99\s+25 ms\s+< 20 ms\s+FAIL$/));
  expect(lines).toContainEqual(expect.stringMatching(/^Import of 100k connectors\s+not measured\s+-\s+n\/a$/));
  expect(formatTable(figures, { idle_rss_mb: 'boom' }).split('\n')).toContainEqual(expect.stringMatching(/^Idle RSS\s+error\s+< 200 MB\s+FAIL$/));
  // columns line up: every row's "measured" column starts where the header's does
  const column = lines[0].indexOf('measured');
  expect(lines.slice(2).every((line) => line[column - 1] === ' ' && line[column - 2] === ' ')).toBe(true);
});

test('the JSON has every key, rounded, with store and quick', () => {
  const json = toJson({ ...emptyFigures(), decrypt_us: 7.123456 }, 'sqlite', true, ['a note']);
  expect(json).toMatchObject({ decrypt_us: 7.123, import_100k_s: null, store: 'sqlite', quick: true, notes: ['a note'] });
  for (const key of ['queued_exec_per_s', 'queued_vs_raw_ratio', 'enqueue_to_send_p50_ms', 'enqueue_to_send_p99_ms', 'list_10k_p99_ms', 'create_p99_ms', 'execute_server_log_p99_ms', 'import_100k_peak_rss_mb', 'start_to_ready_ms', 'idle_rss_mb', 'rss_10k_connectors_mb', 'event_log_query_p99_ms']) {
    expect(json).toHaveProperty(key);
  }
});
