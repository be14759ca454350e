import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditLogReader } from './audit/audit-log-reader.service';
import { AuditReadsRepository } from './audit/audit-reads.repository';
import { AuditService } from './audit/audit.service';
import { OrganisationNames } from './directory/organisation-names';
import { AuthModule } from './auth/auth.module';
import { Clock, SystemClock } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { HealthRepository } from './health/health.repository';
import { HealthService } from './health/health.service';
import { DevOutboxController } from './mail/dev-outbox.controller';
import { MailRetryJob } from './mail/mail-retry.job';
import { OutboxCleanupJob } from './mail/outbox-cleanup.job';
import { MailOutboxRepository } from './mail/mail-outbox.repository';
import { MailService } from './mail/mail.service';
import { SmsService } from './sms/sms.service';
import { SmsOutboxRepository } from './sms/sms-outbox.repository';
import { SmsTransport, smsTransportFor } from './sms/sms-transport';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { OutboxMailEntity } from './mail/outbox-mail.entity';
import { PersonalDataEraserRegistry } from './personal-data/personal-data-eraser.registry';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { RequestLimitGuard } from './throttle/request-limit.guard';
import { RouteIndex } from './http/route-index';
import { SharedThrottlerStorage } from './throttle/shared-throttler-storage';

export interface PlatformOptions {
  config?: AppConfig;
}

/** Everything a domain module may rely on: config, database, auth guards, clock, audit log, mail. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule,
        AuthModule,
        LoggingModule,
        JobsModule,
        TypeOrmModule.forFeature([AuditEntry, OutboxMailEntity]),
        // Readiness failures are answered as 503 with the failing check; probes every few seconds
        // during an outage would otherwise log the same error each time.
        TerminusModule.forRoot({ logger: false }),
        // Per-IP ceiling for every route; sensitive routes set tighter limits with @Throttle.
        // The counters are shared through Redis when REDIS_URL is set (several instances).
        ThrottlerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: 600 }],
            storage: new SharedThrottlerStorage(config),
          }),
        }),
      ],
      controllers: [HealthController, DevOutboxController, MetricsController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        AuditService,
        AuditReadsRepository,
        AuditLogReader,
        OrganisationNames,
        MailOutboxRepository,
        MailService,
        MailRetryJob,
        OutboxCleanupJob,
        { provide: SmsTransport, inject: [AppConfig], useFactory: smsTransportFor },
        SmsOutboxRepository,
        SmsService,
        HealthRepository,
        HealthService,
        MetricsService,
        PersonalDataRegistry,
        PersonalDataEraserRegistry,
        { provide: APP_GUARD, useClass: RequestLimitGuard },
        RouteIndex,
      ],
      exports: [
        Clock,
        AuditService,
        AuditLogReader,
        OrganisationNames,
        MailService,
        SmsService,
        MetricsService,
        JobsModule,
        PersonalDataRegistry,
        PersonalDataEraserRegistry,
      ],
    };
  }
}
