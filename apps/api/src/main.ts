import { HttpException, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DemoSeedService } from '@nabij/demo/api';
import { OrganisationSetupService } from '@nabij/organisation/api';
import { AppConfig, configureApp, NabijHttpAdapter, runMigrations } from '@nabij/platform/api';
import { Logger as PinoLogger } from 'nestjs-pino';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppModule } from './app/app.module';

async function bootstrap(): Promise<void> {
  const config = new AppConfig(process.env);
  // Start-up lines are held back until pino takes over, so every line is one JSON object.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), new NabijHttpAdapter(), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const applied = await runMigrations(app.get(DataSource));
  if (applied.length) Logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  if (config.seedDemo) await app.get(DemoSeedService).seedOnce(true);
  const server = await app.listen(config.port, config.host);
  Logger.log(`Nabij is running on ${config.publicUrl} (API under /api)`, 'Nabij');
  // The port actually bound (PORT=0 picks a free one), for a parent process such as a benchmark.
  process.send?.({ ready: true, port: (server.address() as AddressInfo | null)?.port ?? config.port });
}

/**
 * `node main.js setup-organisation <plan.json>` (npm run organisation:setup): a new organisation with
 * its financiers, postcodes, teams and an invitation for its first admin; see docs/operations.md.
 */
async function setupOrganisation(planFile: string | undefined): Promise<void> {
  if (!planFile) throw new Error('Name the plan: setup-organisation <plan.json> (see deploy/organisation.example.json).');
  const plan: unknown = JSON.parse(readFileSync(planFile, 'utf8'));
  const config = new AppConfig({ ...process.env, BACKGROUND_JOBS: 'false', SEED_DEMO: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await runMigrations(app.get(DataSource));
    const done = await app.get(OrganisationSetupService).setUp(plan);
    const lines = [
      `Organisation created (${done.teams} teams, ${done.financiers} financiers, ${done.serviceAreas} postcode ranges).`,
      config.smtpUrl
        ? 'The first admin has been mailed an invitation. The link, valid 7 days and once:'
        : 'No SMTP_URL: the invitation waits in the outbox. Give the first admin this link (valid 7 days, once):',
      done.inviteLink,
    ];
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
  } finally {
    await app.close();
  }
}

function fail(error: unknown): never {
  const response =
    error instanceof HttpException ? (error.getResponse() as { message?: unknown; fields?: Record<string, string[]> }) : null;
  const fields = response?.fields ? Object.entries(response.fields).map(([f, m]) => `\n- ${f}: ${m.join('; ')}`) : [];
  // eslint-disable-next-line no-console
  console.error((error instanceof Error ? error.message : String(error)) + fields.join(''));
  process.exit(1);
}

if (process.argv[2] === 'setup-organisation') setupOrganisation(process.argv[3]).catch(fail);
else bootstrap().catch(fail);
