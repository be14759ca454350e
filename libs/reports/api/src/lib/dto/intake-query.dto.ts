import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { INTAKE_TABLES, IntakeQuery, IntakeTable } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** Period, team and financier as Table B's (intake is per case, not per worker); a CSV holds one table. */
export class IntakeQueryDto extends OmitType(CaseloadQueryDto, ['workerId'] as const) implements IntakeQuery {
  @ApiPropertyOptional({ enum: INTAKE_TABLES, description: 'With format=csv: per channel (default), per week/month, or per age band' })
  @IsOptional()
  @IsIn(INTAKE_TABLES)
  table?: IntakeTable;
}
