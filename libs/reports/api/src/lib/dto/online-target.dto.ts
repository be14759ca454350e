import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OnlineTargetQuery, SetOnlineTarget } from '@nabij/reports/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ReportFormatDto } from './report-format.dto';

/** The year of the online-dossier targets, and optionally a team (a team lead: own team only). */
export class OnlineTargetQueryDto extends ReportFormatDto implements OnlineTargetQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  teamId?: string;
}

/** The year in the path of PUT /api/reports/online-targets/:financierId/:year. */
export class OnlineTargetYearParam {
  @ApiProperty()
  @IsUUID('all')
  financierId: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class SetOnlineTargetDto implements SetOnlineTarget {
  @ApiProperty({ example: 30, description: 'Target share of cases using the online dossier, whole percent 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  targetPercent: number;
}
