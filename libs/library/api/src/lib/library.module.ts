import { Module } from '@nestjs/common';
import { LibraryController } from './library.controller';
import { LibraryRepository } from './library.repository';
import { LibraryService } from './library.service';

/**
 * The self-help library: public theme articles and FAQ in Dutch and English, and full-text search
 * over them. Content is installed by installLibraryContent (demo seed, tests); editing comes later.
 */
@Module({
  controllers: [LibraryController],
  providers: [LibraryRepository, LibraryService],
})
export class LibraryModule {}
