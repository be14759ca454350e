import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { QuestionnaireSummary, QuestionnaireVersionView } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { SaveQuestionnaireDraftDto } from '../dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

/** Questionnaires of the organisation: admins write drafts from JSON and publish them; professionals read them (questions, no answers). */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Roles('admin', 'worker', 'team_lead')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<QuestionnaireSummary[]> {
    return this.questionnaires.list(user);
  }

  @Roles('admin', 'worker', 'team_lead')
  @Get('versions/:versionId')
  version(@CurrentUser() user: AuthUser, @Param('versionId', ParseUUIDPipe) versionId: string): Promise<QuestionnaireVersionView> {
    return this.questionnaires.version(user, versionId);
  }

  @Roles('admin')
  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: SaveQuestionnaireDraftDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    return this.questionnaires.create(user, body.definition, meta);
  }

  @Roles('admin')
  @Post(':questionnaireId/versions')
  newDraft(
    @CurrentUser() user: AuthUser,
    @Param('questionnaireId', ParseUUIDPipe) questionnaireId: string,
    @Body() body: SaveQuestionnaireDraftDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    return this.questionnaires.newDraft(user, questionnaireId, body.definition, meta);
  }

  @Roles('admin')
  @Put('versions/:versionId')
  replaceDraft(
    @CurrentUser() user: AuthUser,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Body() body: SaveQuestionnaireDraftDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    return this.questionnaires.replaceDraft(user, versionId, body.definition, meta);
  }

  @Roles('admin')
  @Post('versions/:versionId/publish')
  @HttpCode(200)
  publish(
    @CurrentUser() user: AuthUser,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<QuestionnaireVersionView> {
    return this.questionnaires.publish(user, versionId, meta);
  }
}
