import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ALL_MIGRATIONS } from '@nabij/migrations';
import { AppConfig } from '../config/app-config';

/** A request waits at most this long for a connection; without it requests hang while PostgreSQL is down. */
const CONNECT_TIMEOUT_MS = 5_000;

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('Database');
        return {
          type: 'postgres',
          url: config.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrations: ALL_MIGRATIONS,
          // Migrations run from main.ts under an advisory lock (see run-migrations.ts).
          migrationsRun: false,
          connectTimeoutMS: CONNECT_TIMEOUT_MS,
          // An idle connection that PostgreSQL drops (restart, failover) raises an error on the pool:
          // the pool discards that client and opens a fresh one on the next query, so the API
          // recovers by itself. Logging it (instead of leaving it unhandled) keeps the process up.
          poolErrorHandler: (error: Error) => logger.warn(`Idle database connection lost: ${error.message}`),
          // keepAlive notices a silently vanished server (network cut) on idle connections too.
          extra: { max: 10, keepAlive: true, idleTimeoutMillis: 30_000 },
        };
      },
    }),
  ],
})
export class DatabaseModule {}
