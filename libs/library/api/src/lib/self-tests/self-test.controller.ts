import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { KeptSelfTestResult, SelfTestSummary, SelfTestView } from '@nabij/library/contracts';
import { AuthUser, CurrentUser, Public, Roles } from '@nabij/platform/api';
import { KeepSelfTestResultDto, ReaderLangQueryDto } from '../dto/library.dto';
import { SelfTestService } from './self-test.service';

/**
 * Self-tests: public to take (nothing is sent while taking one); a logged-in client may keep a
 * result, see their kept results and delete them. Nobody else ever reads them. Every client language
 * may be asked; a test without a translation into it comes in Dutch, flagged (`shownIn`).
 */
@ApiTags('library')
@Controller('library')
export class SelfTestController {
  constructor(private readonly selfTests: SelfTestService) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get('self-tests')
  list(@Query() query: ReaderLangQueryDto): Promise<SelfTestSummary[]> {
    return this.selfTests.list(query.lang ?? 'nl');
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 120 } })
  @Get('self-tests/:slug')
  get(@Param('slug') slug: string, @Query() query: ReaderLangQueryDto): Promise<SelfTestView> {
    return this.selfTests.get(query.lang ?? 'nl', slug);
  }

  @Roles('client')
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Post('self-test-results')
  keep(
    @CurrentUser() user: AuthUser,
    @Body() body: KeepSelfTestResultDto,
    @Query() query: ReaderLangQueryDto,
  ): Promise<KeptSelfTestResult> {
    return this.selfTests.keep(user, body, query.lang ?? 'nl');
  }

  @Roles('client')
  @Get('self-test-results')
  mine(@CurrentUser() user: AuthUser, @Query() query: ReaderLangQueryDto): Promise<KeptSelfTestResult[]> {
    return this.selfTests.mine(user, query.lang ?? 'nl');
  }

  @Roles('client')
  @Delete('self-test-results/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.selfTests.remove(user, id);
  }
}
