import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config';
import { requestLogOptions } from './request-log-options';

/** Where log lines go (stdout); a token so a test can capture them and prove what is left out. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/**
 * Structured JSON logs through pino for requests and for Nest's own logger (main.ts installs it),
 * at the level of LOG_LEVEL; every line of a request carries its request id.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [{ provide: LOG_DESTINATION, useFactory: (): DestinationStream => pino.destination(1) }],
      inject: [AppConfig, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream) => ({
        pinoHttp: [requestLogOptions(config.logLevel), destination],
      }),
    }),
  ],
})
export class LoggingModule {}
