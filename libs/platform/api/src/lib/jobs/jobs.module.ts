import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** Jobs and domain events on pg-boss; PlatformModule exports it to every domain. */
@Module({
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
