import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Exercise, ExerciseSummary, ShelfItem } from '@nabij/library/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ReaderLangQueryDto } from '../dto/library.dto';
import { SaveArticleToShelfDto, ShareShelfItemDto } from '../dto/shelf.dto';
import { ShelfService } from './shelf.service';

/** "Mijn bibliotheek": the client's own shelf, and the case worker sharing into it. Team leads and admins get 403. */
@ApiTags('library')
@Controller('library/shelf')
export class ShelfController {
  constructor(private readonly shelf: ShelfService) {}

  @Roles('client')
  @Get()
  mine(@CurrentUser() user: AuthUser, @Query() query: ReaderLangQueryDto): Promise<ShelfItem[]> {
    return this.shelf.mine(user, query.lang ?? 'nl');
  }

  @Roles('client')
  @Post('articles')
  @HttpCode(200)
  saveArticle(
    @CurrentUser() user: AuthUser,
    @Body() body: SaveArticleToShelfDto,
    @Query() query: ReaderLangQueryDto,
  ): Promise<ShelfItem[]> {
    return this.shelf.saveArticle(user, body, query.lang ?? 'nl');
  }

  @Roles('client')
  @Post(':id/read')
  @HttpCode(204)
  markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.shelf.markRead(user, id);
  }

  @Roles('worker')
  @Get('cases/:caseId')
  ofCase(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ShelfItem[]> {
    return this.shelf.ofCase(user, caseId, meta);
  }

  @Roles('worker')
  @Post('cases/:caseId/items')
  @HttpCode(200)
  share(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ShareShelfItemDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ShelfItem[]> {
    return this.shelf.share(user, caseId, body, meta);
  }
}

/** The printable exercises: public like the articles (what a client was given stays on their shelf). */
@ApiTags('library')
@Controller('library/exercises')
export class ExercisesController {
  constructor(private readonly shelf: ShelfService) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get()
  list(@Query() query: ReaderLangQueryDto): Promise<ExerciseSummary[]> {
    return this.shelf.exercises(query.lang ?? 'nl');
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get(':slug')
  get(@Param('slug') slug: string, @Query() query: ReaderLangQueryDto): Promise<Exercise> {
    return this.shelf.exercise(query.lang ?? 'nl', slug);
  }
}
