import { Module } from '@nestjs/common';
import { LibraryController } from './library.controller';
import { LibraryRepository } from './library.repository';
import { LibraryService } from './library.service';
import { SelfTestController } from './self-tests/self-test.controller';
import { SelfTestPersonalDataRepository } from './self-tests/self-test-personal-data.repository';
import { SelfTestRepository } from './self-tests/self-test.repository';
import { SelfTestService } from './self-tests/self-test.service';

/**
 * The self-help library: public theme articles, FAQ and self-tests in Dutch and English, and
 * full-text search over them. Content is installed by installLibraryContent (demo seed, tests).
 */
@Module({
  controllers: [LibraryController, SelfTestController],
  providers: [LibraryRepository, LibraryService, SelfTestRepository, SelfTestService, SelfTestPersonalDataRepository],
})
export class LibraryModule {}
