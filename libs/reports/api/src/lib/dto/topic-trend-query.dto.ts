import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { TOPIC_TABLES, TopicTable, TopicTrendQuery } from '@nabij/reports/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { CaseloadQueryDto } from './caseload-query.dto';

/** Period in which cases were opened, team and financier as Table B's; a CSV holds one table. */
export class TopicTrendQueryDto extends OmitType(CaseloadQueryDto, ['workerId'] as const) implements TopicTrendQuery {
  @ApiPropertyOptional({ enum: TOPIC_TABLES, description: 'With format=csv: per month (default) or per financier' })
  @IsOptional()
  @IsIn(TOPIC_TABLES)
  table?: TopicTable;
}
