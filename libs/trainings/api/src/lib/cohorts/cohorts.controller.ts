import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, Clock, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { toIcs } from '@nabij/platform/contracts';
import type {
  CohortSummary,
  GroupMessageResult,
  GroupSessionView,
  GroupTrainingReport,
  ParticipantCohortView,
  SessionAttendanceView,
  TrainerCohortView,
} from '@nabij/trainings/contracts';
import type { Response } from 'express';
import {
  AddParticipantDto,
  AttendanceDto,
  CreateCohortDto,
  GroupMessageDto,
  GroupReportQueryDto,
  GroupSessionDto,
  InviteParticipantDto,
  NicknameDto,
} from '../dto/cohort.dto';
import { CohortReportService } from './cohort-report.service';
import { CohortsService } from './cohorts.service';

const PLACE_ONLINE = 'Online (Deelnemen via de link)';

/**
 * Group trainings. Trainers (workers in the cohort's trainer list) plan and run a cohort;
 * participants (clients who accepted or were enrolled) see it; anyone else gets 404. Team leads and
 * admins get the report's numbers only.
 */
@ApiTags('trainings')
@ApiBearerAuth()
@Controller()
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly reports: CohortReportService,
    private readonly clock: Clock,
  ) {}

  /** Group sessions held, participants, attendance, group time and drop-out per module: numbers only. */
  @Roles('team_lead', 'admin')
  @Get('training-group-report')
  report(@CurrentUser() user: AuthUser, @Query() query: GroupReportQueryDto): Promise<GroupTrainingReport> {
    return this.reports.report(user, query.from, query.to);
  }

  @Roles('worker')
  @Post('training-cohorts')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCohortDto, @ReqMeta() meta: RequestMeta): Promise<TrainerCohortView> {
    return this.cohorts.create(user, body, meta);
  }

  /** The groups I train (worker) or take part in or am invited to (client). */
  @Roles('worker', 'client')
  @Get('training-cohorts')
  mine(@CurrentUser() user: AuthUser): Promise<CohortSummary[]> {
    return this.cohorts.mine(user);
  }

  /** Trainer: participants with progress (logged). Participant: sessions and the group's first names or nicknames. */
  @Roles('worker', 'client')
  @Get('training-cohorts/:cohortId')
  one(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TrainerCohortView | ParticipantCohortView> {
    return user.role === 'client' ? this.cohorts.participantView(user, cohortId) : this.cohorts.trainerView(user, cohortId, meta);
  }

  @Roles('worker')
  @Post('training-cohorts/:cohortId/participants')
  addParticipant(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() body: AddParticipantDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TrainerCohortView> {
    return this.cohorts.addParticipant(user, cohortId, body, meta);
  }

  /** Out of the group (also an invitation); the client keeps their enrolment and work. */
  @Roles('worker')
  @Delete('training-cohorts/:cohortId/participants/:clientId')
  removeParticipant(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TrainerCohortView> {
    return this.cohorts.removeParticipant(user, cohortId, clientId, meta);
  }

  @Roles('worker')
  @Post('training-cohorts/:cohortId/invitations')
  invite(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() body: InviteParticipantDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TrainerCohortView> {
    return this.cohorts.invite(user, cohortId, body, meta);
  }

  @Roles('client')
  @Post('training-cohorts/:cohortId/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ParticipantCohortView> {
    return this.cohorts.accept(user, cohortId, meta);
  }

  @Roles('client')
  @Put('training-cohorts/:cohortId/nickname')
  nickname(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() body: NicknameDto,
  ): Promise<ParticipantCohortView> {
    return this.cohorts.setNickname(user, cohortId, body);
  }

  @Roles('worker')
  @Post('training-cohorts/:cohortId/sessions')
  addSession(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() body: GroupSessionDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GroupSessionView> {
    return this.cohorts.addSession(user, cohortId, body, meta);
  }

  @Roles('worker', 'client')
  @Get('training-cohorts/:cohortId/sessions')
  async sessions(@CurrentUser() user: AuthUser, @Param('cohortId', ParseUUIDPipe) cohortId: string): Promise<GroupSessionView[]> {
    return (await this.cohorts.sessions(user, cohortId)).sessions;
  }

  /** The group's sessions as an iCalendar file (RFC 5545) to add to one's own calendar. */
  @Roles('worker', 'client')
  @Get('training-cohorts/:cohortId/calendar')
  @ApiProduces('text/calendar')
  async calendar(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { cohort, sessions } = await this.cohorts.sessions(user, cohortId);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="groepstraining.ics"');
    return toIcs(
      sessions.map((s, i) => ({
        uid: `${s.id}@nabij.nl`,
        start: new Date(s.startsAt),
        end: new Date(s.endsAt),
        stamp: this.clock.now(),
        summary: `${cohort.trainingTitle}: bijeenkomst ${i + 1}${s.moduleTitle ? ` (${s.moduleTitle})` : ''}`,
        description:
          s.place === 'online'
            ? `Deelnemen: ${s.link}`
            : s.place === 'video'
              ? `Online in Nabij: open je groep in Nabij en kies Deelnemen (vanaf 15 minuten voor het begin).`
              : `Groepstraining ${cohort.title}`,
        location: s.place === 'room' ? `${s.room}, ${s.address}` : s.place === 'video' ? 'Online in Nabij' : PLACE_ONLINE,
        url: s.place === 'online' ? (s.link ?? undefined) : undefined,
      })),
    );
  }

  /** Moves or changes a meeting that has not been held (the whole session, as when it was made). */
  @Roles('worker')
  @Put('training-cohorts/:cohortId/sessions/:sessionId')
  updateSession(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: GroupSessionDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GroupSessionView> {
    return this.cohorts.updateSession(user, cohortId, sessionId, body, meta);
  }

  /** Cancels a meeting that has not been held. */
  @Roles('worker')
  @Delete('training-cohorts/:cohortId/sessions/:sessionId')
  @HttpCode(204)
  cancelSession(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.cohorts.cancelSession(user, cohortId, sessionId, meta);
  }

  @Roles('worker')
  @Put('training-cohorts/:cohortId/sessions/:sessionId/attendance')
  attendance(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: AttendanceDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SessionAttendanceView> {
    return this.cohorts.takeAttendance(user, cohortId, sessionId, body, meta);
  }

  /** Each participant gets it in their own messages; replies are private. */
  @Roles('worker')
  @Post('training-cohorts/:cohortId/messages')
  message(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() body: GroupMessageDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GroupMessageResult> {
    return this.cohorts.messageGroup(user, cohortId, body, meta);
  }
}
