import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** How a report is answered: JSON, or CSV in one of two dialects. Both report queries extend it. */
export class ReportFormatDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: a download (for Table B also by Accept: text/csv)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: ['rfc4180', 'excel-nl'], description: 'excel-nl: semicolons, decimal commas, Dutch headers and a BOM' })
  @IsOptional()
  @IsIn(['rfc4180', 'excel-nl'])
  dialect?: 'rfc4180' | 'excel-nl';
}
