import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class IceServersQueryDto {
  @ApiProperty({ description: 'The video appointment whose call the servers are for' })
  @IsUUID('all', { message: 'appointmentId must be the id of an appointment' })
  appointmentId: string;
}
