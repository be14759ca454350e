import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccountDirectoryService } from '@nabij/identity/api';
import type {
  EditorAccess,
  EditorArticle,
  EditorArticleSummary,
  EditorTranslation,
  MissedSearch,
  MostReadArticle,
  PreviewResponse,
} from '@nabij/library/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ArticleTextDto, PreviewDto, SaveArticleDto, TranslationParamsDto } from '../dto/library.dto';
import { ArticleTranslationService } from './article-translation.service';
import { isLibraryEditor, LibraryEditorGuard } from './library-editor.guard';
import { LibraryEditorService } from './library-editor.service';

/**
 * Editing the shared library: admins and workers given the editor right (the library belongs to no
 * organisation; every change is audit-logged). Other workers, team leads and clients get 403.
 */
@ApiTags('library')
@Controller('library/editor')
@Roles('admin', 'worker')
@UseGuards(LibraryEditorGuard)
export class LibraryEditorController {
  constructor(
    private readonly editor: LibraryEditorService,
    private readonly translations: ArticleTranslationService,
  ) {}

  @Get('articles')
  articles(): Promise<EditorArticleSummary[]> {
    return this.editor.articles();
  }

  @Get('articles/:id')
  article(@Param('id', ParseUUIDPipe) id: string): Promise<EditorArticle> {
    return this.editor.article(id);
  }

  @Post('articles')
  create(@CurrentUser() user: AuthUser, @Body() body: SaveArticleDto, @ReqMeta() meta: RequestMeta): Promise<EditorArticle> {
    return this.editor.create(user, body, meta);
  }

  @Put('articles/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveArticleDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorArticle> {
    return this.editor.update(user, id, body, meta);
  }

  @Post('articles/:id/publish')
  @HttpCode(200)
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<EditorArticle> {
    return this.editor.setStatus(user, id, 'published', meta);
  }

  @Post('articles/:id/unpublish')
  @HttpCode(200)
  unpublish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<EditorArticle> {
    return this.editor.setStatus(user, id, 'draft', meta);
  }

  /** Throws away the waiting changes of a published article (409 article_no_draft when there are none). */
  @Delete('articles/:id/draft')
  discardDraft(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorArticle> {
    return this.editor.discardDraft(user, id, meta);
  }

  /** An article's translation into ar, tr or pl (issue 17); status null when there is none yet. */
  @Get('articles/:id/translations/:lang')
  translation(@CurrentUser() user: AuthUser, @Param() params: TranslationParamsDto): Promise<EditorTranslation> {
    return this.translations.get(user, params.id, params.lang);
  }

  /** Creates the translation as a draft, changes an unread one in place, or keeps changes beside a published one. */
  @Put('articles/:id/translations/:lang')
  saveTranslation(
    @CurrentUser() user: AuthUser,
    @Param() params: TranslationParamsDto,
    @Body() body: ArticleTextDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorTranslation> {
    return this.translations.save(user, params.id, params.lang, body, meta);
  }

  @Post('articles/:id/translations/:lang/publish')
  @HttpCode(200)
  publishTranslation(
    @CurrentUser() user: AuthUser,
    @Param() params: TranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorTranslation> {
    return this.translations.setStatus(user, params.id, params.lang, 'published', meta);
  }

  @Post('articles/:id/translations/:lang/unpublish')
  @HttpCode(200)
  unpublishTranslation(
    @CurrentUser() user: AuthUser,
    @Param() params: TranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorTranslation> {
    return this.translations.setStatus(user, params.id, params.lang, 'draft', meta);
  }

  @Delete('articles/:id/translations/:lang/draft')
  discardTranslationDraft(
    @CurrentUser() user: AuthUser,
    @Param() params: TranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorTranslation> {
    return this.translations.discardDraft(user, params.id, params.lang, meta);
  }

  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: PreviewDto): PreviewResponse {
    return this.editor.preview(body.markdown);
  }

  @Get('missed-searches')
  missedSearches(): Promise<MissedSearch[]> {
    return this.editor.missedSearches();
  }

  /** The published articles read most in the last 30 days: counts per article, nothing about readers. */
  @Get('most-read')
  mostRead(): Promise<MostReadArticle[]> {
    return this.editor.mostRead();
  }
}

/** Whether the signed-in staff member may use the editor: the menu shows the link only then. */
@ApiTags('library')
@Controller('library/editor-access')
export class LibraryEditorAccessController {
  constructor(private readonly accounts: AccountDirectoryService) {}

  @Roles('admin', 'worker')
  @Get()
  async access(@CurrentUser() user: AuthUser): Promise<EditorAccess> {
    return { editor: await isLibraryEditor(this.accounts, user) };
  }
}
