import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, CLIENT_ACTION_KINDS } from '@nabij/dossier/contracts';
import type {
  AppointmentKind,
  AppointmentRequest,
  AppointmentStatus,
  ClientActionKind,
  ClientActionRequest,
  GoalRequest,
  PrivateNoteRequest,
  ReactionRequest,
  ReportRequest,
} from '@nabij/dossier/contracts';
import { IsCalendarDate, IsDateTime } from '@nabij/platform/api';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class GoalDto implements GoalRequest {
  @ApiProperty({ example: 'Ik heb over drie maanden een overzicht van al mijn schulden.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  text: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  achieved?: boolean;
}

export class UpdateGoalDto extends PartialType(GoalDto) {}

export class ReportDto implements ReportRequest {
  @ApiProperty({ example: '2026-03-02', format: 'date' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  tips?: string;

  @ApiPropertyOptional({ description: 'Publish at once; otherwise it stays a draft the client does not see.' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

export class UpdateReportDto extends PartialType(ReportDto) {}

export class ReactionDto implements ReactionRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text: string;
}

export class AppointmentDto implements AppointmentRequest {
  @ApiProperty({ enum: APPOINTMENT_KINDS })
  @IsIn(APPOINTMENT_KINDS)
  kind: AppointmentKind;

  @ApiProperty({ example: '2026-03-09T10:00:00+01:00', format: 'date-time' })
  @IsDateTime()
  startsAt: string;

  @ApiProperty({ example: 45 })
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UpdateAppointmentDto extends PartialType(AppointmentDto) {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES, description: 'no_show marks that the client did not come.' })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatus;
}

export class ClientActionDto implements ClientActionRequest {
  @ApiProperty({ enum: CLIENT_ACTION_KINDS })
  @IsIn(CLIENT_ACTION_KINDS)
  kind: ClientActionKind;

  @ApiPropertyOptional({ example: 'een brief voor de woningcorporatie' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  text?: string;
}

export class PrivateNoteDto implements PrivateNoteRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  text: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

export class UpdatePrivateNoteDto extends PartialType(PrivateNoteDto) {}
