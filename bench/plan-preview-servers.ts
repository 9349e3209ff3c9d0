import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_RULES } from '../content/catalog';
import { IntakeSchema } from '../src/domain/personalization/intake';
import { buildPlan } from '../src/domain/personalization/plan';
import { createDb } from '../src/server/db/create-db';
import { migrateToLatest } from '../src/server/db/migrate';
import { announcePorts, serveApp } from './app-server';
import { WORDS } from '../content/messages/words';

/**
 * Two servers in one process, doing the same work: the real app (Hono, middleware, request
 * logging, zod validation, the rules engine) and a bare node:http handler that parses,
 * validates and plans with the same domain code and nothing else. The ratio is the cost of
 * our stack around the domain. Ports go to stdout.
 */
const db = createDb(`file:${join(mkdtempSync(join(tmpdir(), 'rp-bench-')), 'bench.db')}`);
await migrateToLatest(db);
const real = serveApp(db);

const bare = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const intake = IntakeSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString()));
    if (!intake.success) {
      res.writeHead(400).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(buildPlan(intake.data, PLAN_RULES, WORDS.en)));
  });
});
bare.listen(0, '127.0.0.1');

await announcePorts(real, bare);
