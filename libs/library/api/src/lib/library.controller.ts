import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Article, ArticleSummary, FaqEntry, SearchResponse } from '@nabij/library/contracts';
import { Public } from '@nabij/platform/api';
import { ArticlesQueryDto, FaqQueryDto, ReaderLangQueryDto, SearchQueryDto } from './dto/library.dto';
import { LibraryService } from './library.service';

/** The public library: readable without an account, like the postcode check. */
@ApiTags('library')
@Controller('library')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get('articles')
  articles(@Query() query: ArticlesQueryDto): Promise<ArticleSummary[]> {
    return this.library.articles(query.lang ?? 'nl', { theme: query.theme, audience: query.audience });
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get('articles/:slug')
  article(@Param('slug') slug: string, @Query() query: ReaderLangQueryDto): Promise<Article> {
    return this.library.article(query.lang ?? 'nl', slug);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get('faq')
  faq(@Query() query: FaqQueryDto): Promise<FaqEntry[]> {
    return this.library.faq(query.lang ?? 'nl', query.theme);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Get('search')
  search(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.library.search(query.lang ?? 'nl', query.q);
  }
}
