import { ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_HOURS_TABLES, PeriodHoursQuery, PeriodHoursTable } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** The live view's period and filters are Table B's; a CSV holds one of its two tables. */
export class PeriodHoursQueryDto extends CaseloadQueryDto implements PeriodHoursQuery {
  @ApiPropertyOptional({ enum: PERIOD_HOURS_TABLES, description: 'With format=csv: per financier × kind of work (default) or per worker' })
  @IsOptional()
  @IsIn(PERIOD_HOURS_TABLES)
  table?: PeriodHoursTable;
}
