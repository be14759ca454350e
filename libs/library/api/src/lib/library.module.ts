import { Module } from '@nestjs/common';
import { CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { ArticleTranslationRepository } from './editor/article-translation.repository';
import { ArticleTranslationService } from './editor/article-translation.service';
import { FaqEditorController, SelfTestEditorController } from './editor/content-editor.controller';
import { FaqEditorRepository } from './editor/faq-editor.repository';
import { FaqEditorService } from './editor/faq-editor.service';
import { FaqTranslationRepository } from './editor/faq-translation.repository';
import { FaqTranslationService } from './editor/faq-translation.service';
import { LibraryEditorAccessController, LibraryEditorController } from './editor/library-editor.controller';
import { LibraryEditorGuard } from './editor/library-editor.guard';
import { LibraryEditorRepository } from './editor/library-editor.repository';
import { LibraryEditorService } from './editor/library-editor.service';
import { SelfTestEditorRepository } from './editor/self-test-editor.repository';
import { SelfTestEditorService } from './editor/self-test-editor.service';
import { LibraryController } from './library.controller';
import { LibraryRepository } from './library.repository';
import { LibraryService } from './library.service';
import { QuestionRetentionJob } from './questions/question-retention.job';
import { QuestionController } from './questions/question.controller';
import { QuestionRepository } from './questions/question.repository';
import { QuestionService } from './questions/question.service';
import { ExercisesController, ShelfController } from './shelf/shelf.controller';
import { ShelfRepository } from './shelf/shelf.repository';
import { ShelfService } from './shelf/shelf.service';
import { SelfTestController } from './self-tests/self-test.controller';
import { SelfTestPersonalDataRepository } from './self-tests/self-test-personal-data.repository';
import { SelfTestRepository } from './self-tests/self-test.repository';
import { SelfTestService } from './self-tests/self-test.service';

/**
 * The self-help library: public theme articles, FAQ and self-tests in Dutch and English, full-text
 * search over them, and the anonymous first question (answered by a worker of the serving organisation). Content is installed by installLibraryContent (demo seed, tests).
 */
@Module({
  // Who may edit (the editor right) comes from identity's AccountDirectoryService (identity owns account).
  // Which case is a worker's, and its documents, come from dossier's CaseLookupService (dossier owns care_case).
  imports: [IntakeModule, AccountDirectoryModule, CaseLookupModule],
  controllers: [
    LibraryController,
    SelfTestController,
    QuestionController,
    LibraryEditorController,
    LibraryEditorAccessController,
    FaqEditorController,
    SelfTestEditorController,
    ShelfController,
    ExercisesController,
  ],
  providers: [
    LibraryRepository,
    LibraryService,
    SelfTestRepository,
    SelfTestService,
    SelfTestPersonalDataRepository,
    QuestionRepository,
    QuestionService,
    QuestionRetentionJob,
    LibraryEditorRepository,
    LibraryEditorService,
    ArticleTranslationRepository,
    ArticleTranslationService,
    FaqTranslationRepository,
    FaqTranslationService,
    LibraryEditorGuard,
    FaqEditorRepository,
    FaqEditorService,
    SelfTestEditorRepository,
    SelfTestEditorService,
    ShelfRepository,
    ShelfService,
  ],
})
export class LibraryModule {}
