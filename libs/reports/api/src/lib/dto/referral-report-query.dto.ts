import { ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_REPORT_TABLES, ReferralReportQuery, ReferralReportTable } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** The referral counts use Table B's period and filters; a CSV holds one of the two tables. */
export class ReferralReportQueryDto extends CaseloadQueryDto implements ReferralReportQuery {
  @ApiPropertyOptional({ enum: REFERRAL_REPORT_TABLES, description: 'With format=csv: per month (default) or per topic' })
  @IsOptional()
  @IsIn(REFERRAL_REPORT_TABLES)
  table?: ReferralReportTable;
}
