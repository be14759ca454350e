import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAFF_ROLES, type HandOverWorkRequest, type StaffRole, type UpdateStaffRequest } from '@nabij/organisation/contracts';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';

export class UpdateStaffDto implements UpdateStaffRequest {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ nullable: true, description: 'A team of your organisation; null: no team.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID('all')
  teamId?: string | null;

  @ApiPropertyOptional({ description: 'May be the trainer of a training.' })
  @IsOptional()
  @IsBoolean()
  canTrain?: boolean;

  @ApiPropertyOptional({ description: 'May be put on the chat duty rota.' })
  @IsOptional()
  @IsBoolean()
  chatDuty?: boolean;

  @ApiPropertyOptional({ description: 'May write and publish library content (admins may anyway).' })
  @IsOptional()
  @IsBoolean()
  libraryEditor?: boolean;
}

export class HandOverWorkDto implements HandOverWorkRequest {
  @ApiProperty({ description: 'An active worker of your organisation who takes over the open cases.' })
  @IsUUID('all')
  toWorkerId: string;
}
