import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { requestLogOptions } from './request-log-options';

/** Where log lines go (stdout); a token so a test can capture them and prove what is left out. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
/** The root logger of request logs (`requestLog` in configureApp makes each request's from it). */
export const REQUEST_LOG_ROOT = Symbol('REQUEST_LOG_ROOT');

/**
 * Structured JSON logs through pino for requests and for Nest's own logger (main.ts installs it),
 * at the level of LOG_LEVEL; every line of a request carries its request id. The request log itself
 * is our `requestLog` middleware (configureApp mounts it first), so nestjs-pino uses the request's
 * logger that middleware made (`useExisting`) and keeps it in the request's async context.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [
        { provide: LOG_DESTINATION, useFactory: (): DestinationStream => pino.destination(1) },
        {
          provide: REQUEST_LOG_ROOT,
          inject: [AppConfig, LOG_DESTINATION],
          useFactory: (config: AppConfig, destination: DestinationStream): Logger => pino(requestLogOptions(config.logLevel), destination),
        },
      ],
      inject: [REQUEST_LOG_ROOT],
      useFactory: (root: Logger) => ({
        // Logs outside a request (start-up, jobs) go through the same root: one set of serializers
        // and redaction, one destination. Our serializers are used as they are (not wrapped).
        pinoHttp: { logger: root, wrapSerializers: false },
        useExisting: true as const,
      }),
    }),
  ],
})
export class LoggingModule {}
