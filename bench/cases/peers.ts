import type { BenchConfig } from '../lib/bench-config.js'
import type { ReportRow } from '../lib/report.js'

/** Goal 7, filled in below once the peers are installed. */
export async function benchPeers(_config: BenchConfig): Promise<ReportRow[]> {
  return []
}
