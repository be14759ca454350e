import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, RequireSecondFactor, Roles } from '@nabij/platform/api';
import type { AuditLogPage, UnusualAccess } from '@nabij/privacy/contracts';
import type { Response } from 'express';
import { auditLogCsv } from './audit-log-csv';
import { AuditLogService } from './audit-log.service';
import { AuditLogFilterDto, AuditLogQueryDto, UnusualAccessQueryDto } from './dto/audit-log-query.dto';

/** Every route needs a login made with a second factor (403 `two_factor_required` otherwise). */
@ApiTags('privacy')
@RequireSecondFactor()
@Controller('privacy/audit-log')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  /** Search the access log of the own organisation, newest first. */
  @Roles('admin')
  @Get()
  search(@CurrentUser() user: AuthUser, @Query() query: AuditLogQueryDto, @ReqMeta() meta: RequestMeta): Promise<AuditLogPage> {
    return this.log.search(user, query, meta);
  }

  /** The same filters as CSV (spreadsheet-safe); `X-Truncated: true` when the period holds more than one file takes. */
  @Roles('admin')
  @Get('export')
  @ApiProduces('text/csv')
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: AuditLogFilterDto,
    @ReqMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { entries, truncated } = await this.log.exportEntries(user, query, meta);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="toegangslog-${query.from ?? 'begin'}-${query.to ?? 'nu'}.csv"`);
    res.setHeader('X-Truncated', String(truncated));
    return auditLogCsv(entries);
  }

  /** Staff who read more unassigned clients in one day than the threshold. */
  @Roles('admin')
  @Get('unusual')
  unusual(@CurrentUser() user: AuthUser, @Query() query: UnusualAccessQueryDto, @ReqMeta() meta: RequestMeta): Promise<UnusualAccess[]> {
    return this.log.unusual(user, query, meta);
  }
}
