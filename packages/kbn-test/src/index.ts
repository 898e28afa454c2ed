export { createTestDataDir } from './data_dir';
export { startTestPostgres, MISSING_POSTGRES_MESSAGE, type TestPostgres } from './postgres';
export { describeEachStore, type TestStore } from './describe_each_store';
export { startKibana, type KibanaProcess } from './kibana_process';
