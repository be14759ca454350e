import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseSummary, Dossier, ReopenedCase } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CasesService } from './cases.service';
import { CaseloadQueryDto, CloseCaseDto, HandoverDto, OpenCaseDto, ReopenCaseDto, SetInterpreterDto } from './dto/case.dto';

/** The worker's caseload. Team leads and admins see no dossier contents: their only route here is reopening a closed case (team leads). */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker')
@Controller('dossier/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  caseload(@CurrentUser() user: AuthUser, @Query() query: CaseloadQueryDto, @ReqMeta() meta: RequestMeta): Promise<CaseSummary[]> {
    return this.cases.caseload(user, query, meta);
  }

  @Post()
  open(@CurrentUser() user: AuthUser, @Body() body: OpenCaseDto, @ReqMeta() meta: RequestMeta): Promise<CaseSummary> {
    return this.cases.open(user, body, meta);
  }

  @Get(':caseId')
  dossier(@CurrentUser() user: AuthUser, @Param('caseId') caseId: string, @ReqMeta() meta: RequestMeta): Promise<Dossier> {
    return this.cases.dossier(user, caseId, meta);
  }

  @Post(':caseId/handover')
  @HttpCode(200)
  handOver(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: HandoverDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CaseSummary> {
    return this.cases.handOver(user, caseId, body, meta);
  }

  /** "Tolk nodig": the case's worker only (an open case); shown with every appointment of the case. */
  @Patch(':caseId/interpreter')
  setInterpreter(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: SetInterpreterDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CaseSummary> {
    return this.cases.setInterpreter(user, caseId, body, meta);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  close(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: CloseCaseDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CaseSummary> {
    return this.cases.close(user, caseId, body, meta);
  }

  /** The case's worker or the team lead of its team, within CASE_REOPEN_DAYS of closing; answers no contents. */
  @Roles('worker', 'team_lead')
  @Post(':caseId/reopen')
  @HttpCode(200)
  reopen(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: ReopenCaseDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ReopenedCase> {
    return this.cases.reopen(user, caseId, body, meta);
  }
}
