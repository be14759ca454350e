import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { TRAINING_DROPOUT_TABLES, TrainingDropoutQuery, TrainingDropoutTable } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** Period in which participants started, and team (of the enrolment's case); a CSV holds one table. */
export class TrainingDropoutQueryDto
  extends OmitType(CaseloadQueryDto, ['workerId', 'financierId'] as const)
  implements TrainingDropoutQuery
{
  @ApiPropertyOptional({ enum: TRAINING_DROPOUT_TABLES, description: 'With format=csv: per course (default) or per module' })
  @IsOptional()
  @IsIn(TRAINING_DROPOUT_TABLES)
  table?: TrainingDropoutTable;
}
