import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CONTRACT_INTAKE } from '../tests/fixtures/contract-intake';
import { race, raceSettings, startServers } from './race';

/**
 * POST /api/v1/plan/preview against a bare node:http handler doing the same
 * parse-validate-plan work, both measured in this run on this machine (race.ts). The servers
 * run in a child process so the load generator does not share their event loop. Goal: ratio
 * >= 0.5.
 */
const servers = await startServers(resolve(import.meta.dirname, 'plan-preview-servers.ts'));
const body = JSON.stringify(CONTRACT_INTAKE);

try {
  const row = await race(
    servers,
    { path: '/', method: 'POST', body },
    { path: '/api/v1/plan/preview', method: 'POST', body },
  );
  console.log(
    `plan-preview benchmark: ${raceSettings()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  );
  console.table({ 'POST /api/v1/plan/preview': row });
} finally {
  servers.stop();
}
