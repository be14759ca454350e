import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EditorFaq, EditorFaqSummary, EditorFaqTranslation, EditorSelfTest, EditorSelfTestSummary } from '@nabij/library/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CreateSelfTestDto, FaqTextDto, SaveFaqDto, SaveSelfTestDraftDto } from '../dto/content-editor.dto';
import { TranslationParamsDto } from '../dto/library.dto';
import { FaqEditorService } from './faq-editor.service';
import { FaqTranslationService } from './faq-translation.service';
import { LibraryEditorGuard } from './library-editor.guard';
import { SelfTestEditorService } from './self-test-editor.service';

/** FAQ entries for the library's editors (admins, workers with the editor right): a draft beside what is published. */
@ApiTags('library')
@Controller('library/editor/faq')
@Roles('admin', 'worker')
@UseGuards(LibraryEditorGuard)
export class FaqEditorController {
  constructor(
    private readonly faq: FaqEditorService,
    private readonly translations: FaqTranslationService,
  ) {}

  @Get()
  list(): Promise<EditorFaqSummary[]> {
    return this.faq.list();
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<EditorFaq> {
    return this.faq.get(id);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: SaveFaqDto, @ReqMeta() meta: RequestMeta): Promise<EditorFaq> {
    return this.faq.create(user, body, meta);
  }

  @Put(':id')
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveFaqDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorFaq> {
    return this.faq.save(user, id, body, meta);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<EditorFaq> {
    return this.faq.publish(user, id, meta);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  unpublish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<EditorFaq> {
    return this.faq.unpublish(user, id, meta);
  }

  /** The entry's translations into ar, tr and pl (issue 17); also for the editor's own organisation's entries. */
  @Get(':id/translations')
  listTranslations(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EditorFaqTranslation[]> {
    return this.translations.list(user, id);
  }

  /** Writes the translation; readers see it whenever the entry is published. */
  @Put(':id/translations/:lang')
  saveTranslation(
    @CurrentUser() user: AuthUser,
    @Param() params: TranslationParamsDto,
    @Body() body: FaqTextDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorFaqTranslation> {
    return this.translations.save(user, params.id, params.lang, body, meta);
  }

  /** Readers of that language get the Dutch entry again. */
  @Delete(':id/translations/:lang')
  @HttpCode(204)
  deleteTranslation(@CurrentUser() user: AuthUser, @Param() params: TranslationParamsDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.translations.delete(user, params.id, params.lang, meta);
  }
}

/** Self-tests for the library's editors: the next version as a draft, then published as a new version. */
@ApiTags('library')
@Controller('library/editor/self-tests')
@Roles('admin', 'worker')
@UseGuards(LibraryEditorGuard)
export class SelfTestEditorController {
  constructor(private readonly selfTests: SelfTestEditorService) {}

  @Get()
  list(): Promise<EditorSelfTestSummary[]> {
    return this.selfTests.list();
  }

  @Get(':slug')
  get(@Param('slug') slug: string): Promise<EditorSelfTest> {
    return this.selfTests.get(slug);
  }

  /** A new self-test; its first version is a draft (409 slug_taken for an address in use). */
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateSelfTestDto, @ReqMeta() meta: RequestMeta): Promise<EditorSelfTest> {
    return this.selfTests.create(user, body, meta);
  }

  /** Throws the draft away; a test never published goes with it (then neither published nor draft). */
  @Delete(':slug/draft')
  discardDraft(@CurrentUser() user: AuthUser, @Param('slug') slug: string, @ReqMeta() meta: RequestMeta): Promise<EditorSelfTest> {
    return this.selfTests.discardDraft(user, slug, meta);
  }

  @Put(':slug/draft')
  saveDraft(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: SaveSelfTestDraftDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorSelfTest> {
    return this.selfTests.saveDraft(user, slug, body.content, meta);
  }

  @Post(':slug/publish')
  @HttpCode(200)
  publish(@CurrentUser() user: AuthUser, @Param('slug') slug: string, @ReqMeta() meta: RequestMeta): Promise<EditorSelfTest> {
    return this.selfTests.publish(user, slug, meta);
  }
}
