import { ApiProperty } from '@nestjs/swagger';
import type { AppointmentChangeRequest, AppointmentMoveAnswer } from '@nabij/dossier/contracts';
import { IsDateTime } from '@nabij/platform/api';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AppointmentChangeDto implements AppointmentChangeRequest {
  @ApiProperty({ example: 'Mijn zoon is ziek, ik kan die dag niet weg.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class AppointmentMoveDto implements AppointmentMoveAnswer {
  @ApiProperty({ example: '2026-03-05T13:00:00.000Z', format: 'date-time' })
  @IsDateTime()
  startsAt: string;
}
