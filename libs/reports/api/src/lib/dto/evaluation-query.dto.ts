import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { EVALUATION_TABLES, EvaluationQuery, EvaluationTable } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** Period and team as Table B's (evaluations are not per worker or financier); a CSV holds one table. */
export class EvaluationQueryDto extends OmitType(CaseloadQueryDto, ['workerId', 'financierId'] as const) implements EvaluationQuery {
  @ApiPropertyOptional({ enum: EVALUATION_TABLES, description: 'With format=csv: per team × channel (default), the trend, or the remarks' })
  @IsOptional()
  @IsIn(EVALUATION_TABLES)
  table?: EvaluationTable;
}
