import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DemoSeedService } from '@nabij/demo/api';
import { AppConfig, configureApp, runMigrations } from '@nabij/platform/api';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app/app.module';

async function bootstrap(): Promise<void> {
  const config = new AppConfig(process.env);
  // Start-up lines are held back until pino takes over, so every line is one JSON object.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const applied = await runMigrations(app.get(DataSource));
  if (applied.length) Logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  if (config.seedDemo) await app.get(DemoSeedService).seedOnce(true);
  await app.listen(config.port, config.host);
  Logger.log(`Nabij is running on ${config.publicUrl} (API under /api)`, 'Nabij');
  process.send?.({ ready: true, port: config.port });
}

bootstrap().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
