import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EditorArticle, EditorArticleSummary, MissedSearch, PreviewResponse } from '@nabij/library/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { PreviewDto, SaveArticleDto } from '../dto/library.dto';
import { LibraryEditorService } from './library-editor.service';

/**
 * Editing the shared library: admins only (the library belongs to no organisation; every change is
 * audit-logged). Workers, team leads and clients get 403.
 */
@ApiTags('library')
@Controller('library/editor')
@Roles('admin')
export class LibraryEditorController {
  constructor(private readonly editor: LibraryEditorService) {}

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

  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: PreviewDto): PreviewResponse {
    return this.editor.preview(body.markdown);
  }

  @Get('missed-searches')
  missedSearches(): Promise<MissedSearch[]> {
    return this.editor.missedSearches();
  }
}
