import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ForumCounts, ForumMe, ForumPage, ForumSummary, PostResult, TopicSummary, TopicView } from '@nabij/forum/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ChooseNicknameDto, CreateTopicDto, ReportPostDto, WritePostDto } from './dto/forum.dto';
import { ForumService } from './forum.service';

/**
 * The peer forum for clients and workers of the organisation. Team leads and admins never reach it
 * (its content is clients' own words). A forum, topic or post the user may not see answers 404.
 */
@ApiTags('forum')
@Roles('client', 'worker')
@Controller('forum')
export class ForumController {
  constructor(private readonly forum: ForumService) {}

  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<ForumMe> {
    return this.forum.me(user);
  }

  @Put('me/nickname')
  chooseNickname(@CurrentUser() user: AuthUser, @Body() body: ChooseNicknameDto, @ReqMeta() meta: RequestMeta): Promise<ForumMe> {
    return this.forum.chooseNickname(user, body.nickname, meta);
  }

  @Get('counts')
  counts(@CurrentUser() user: AuthUser): Promise<ForumCounts> {
    return this.forum.counts(user);
  }

  @Get('forums')
  forums(@CurrentUser() user: AuthUser): Promise<ForumSummary[]> {
    return this.forum.forums(user);
  }

  @Get('forums/:forumId')
  forumPage(
    @CurrentUser() user: AuthUser,
    @Param('forumId', ParseUUIDPipe) forumId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ForumPage> {
    return this.forum.forumPage(user, forumId, meta);
  }

  @Post('forums/:forumId/topics')
  createTopic(
    @CurrentUser() user: AuthUser,
    @Param('forumId', ParseUUIDPipe) forumId: string,
    @Body() body: CreateTopicDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<PostResult> {
    return this.forum.createTopic(user, forumId, body, meta);
  }

  @Get('steps/:stepId/topics')
  stepTopics(
    @CurrentUser() user: AuthUser,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TopicSummary[]> {
    return this.forum.stepTopics(user, stepId, meta);
  }

  @Get('topics/:topicId')
  topic(@CurrentUser() user: AuthUser, @Param('topicId', ParseUUIDPipe) topicId: string, @ReqMeta() meta: RequestMeta): Promise<TopicView> {
    return this.forum.topic(user, topicId, meta);
  }

  @Post('topics/:topicId/replies')
  reply(
    @CurrentUser() user: AuthUser,
    @Param('topicId', ParseUUIDPipe) topicId: string,
    @Body() body: WritePostDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<PostResult> {
    return this.forum.reply(user, topicId, body.body, meta);
  }

  // PATCH, as every other edit route; PUT stays for setting a value (nickname, the helped marker).
  @Patch('posts/:postId')
  edit(
    @CurrentUser() user: AuthUser,
    @Param('postId', ParseUUIDPipe) postId: string,
    @Body() body: WritePostDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<PostResult> {
    return this.forum.edit(user, postId, body.body, meta);
  }

  @Delete('posts/:postId')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('postId', ParseUUIDPipe) postId: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.forum.remove(user, postId, meta);
  }

  @Put('posts/:postId/helped')
  helped(
    @CurrentUser() user: AuthUser,
    @Param('postId', ParseUUIDPipe) postId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<{ helpfulCount: number; helpedMe: boolean }> {
    return this.forum.setHelped(user, postId, true, meta);
  }

  @Delete('posts/:postId/helped')
  notHelped(
    @CurrentUser() user: AuthUser,
    @Param('postId', ParseUUIDPipe) postId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<{ helpfulCount: number; helpedMe: boolean }> {
    return this.forum.setHelped(user, postId, false, meta);
  }

  @Post('posts/:postId/reports')
  @HttpCode(204)
  report(
    @CurrentUser() user: AuthUser,
    @Param('postId', ParseUUIDPipe) postId: string,
    @Body() body: ReportPostDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.forum.report(user, postId, body.reason, meta);
  }
}
