import { sql, type Kysely } from 'kysely';
import type { IRouter } from '../http/types';
import type { StorageServiceStart } from '../storage/types';
import type { ServiceStatus, ServiceStatusLevel, StatusServiceSetup } from './types';

const SEVERITY: Record<ServiceStatusLevel, number> = { available: 0, degraded: 1, unavailable: 2, critical: 3 };

export interface StatusInfo {
  name: string;
  uuid: string;
  version: string;
  buildSha: string;
  buildNum: number;
}

/** Per-plugin statuses and Kibana's `GET /api/status`. */
export class StatusService {
  private readonly plugins = new Map<string, ServiceStatus>();
  private storage?: StorageServiceStart;

  public forPlugin(pluginId: string): StatusServiceSetup {
    this.plugins.set(pluginId, { level: 'available', summary: 'All dependencies are available' });
    return { set: (status) => this.plugins.set(pluginId, status) };
  }

  public start(storage: StorageServiceStart): void {
    this.storage = storage;
  }

  public registerRoutes(router: IRouter, info: StatusInfo): void {
    router.get(
      { path: '/api/status', validate: false, options: { access: 'public', authRequired: false, summary: 'Get Kibana\'s current status' } },
      async (_context, _request, response) => {
        const core = { http: available('HTTP server is running'), storage: await this.storageStatus(), savedObjects: available('SavedObjects service has completed migrations and is available') };
        const plugins = Object.fromEntries(this.plugins);
        const all = [...Object.values(core), ...this.plugins.values()];
        const worst = all.reduce((a, b) => (SEVERITY[b.level] > SEVERITY[a.level] ? b : a), all[0]);
        const overall =
          worst.level === 'available'
            ? available('All services and plugins are available')
            : { level: worst.level, summary: `${all.filter((s) => s.level !== 'available').length} service(s) and plugin(s) are ${worst.level}: ${worst.summary}` };
        const memory = process.memoryUsage();
        const body = {
          name: info.name,
          uuid: info.uuid,
          version: { number: info.version, build_hash: info.buildSha, build_number: info.buildNum, build_snapshot: false, build_flavor: 'traditional' },
          status: { overall, core, plugins },
          metrics: {
            last_updated: new Date().toISOString(),
            collection_interval_in_millis: 5000,
            process: { pid: process.pid, uptime_in_millis: Math.round(process.uptime() * 1000), memory: { heap: { total_in_bytes: memory.heapTotal, used_in_bytes: memory.heapUsed }, resident_set_size_in_bytes: memory.rss } },
          },
        };
        return SEVERITY[overall.level] >= SEVERITY.unavailable ? response.custom({ statusCode: 503, body }) : response.ok({ body });
      }
    );
  }

  private async storageStatus(): Promise<ServiceStatus> {
    if (!this.storage) return { level: 'unavailable', summary: 'Storage is not started' };
    try {
      await sql`select 1`.execute(this.storage.getDb<unknown>() as Kysely<unknown>);
      return available(`${this.storage.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} is available`);
    } catch (error) {
      return { level: 'critical', summary: `Storage is unreachable: ${(error as Error).message}` };
    }
  }
}

function available(summary: string): ServiceStatus {
  return { level: 'available', summary };
}
