import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ALL_MIGRATIONS } from '@nabij/migrations';
import { AppConfig } from '../config/app-config';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        type: 'postgres',
        url: config.databaseUrl,
        autoLoadEntities: true,
        synchronize: false,
        migrations: ALL_MIGRATIONS,
        // Migrations run from main.ts under an advisory lock (see run-migrations.ts).
        migrationsRun: false,
        extra: { max: 10 },
      }),
    }),
  ],
})
export class DatabaseModule {}
