import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SendMessageRequest } from '@nabij/messages/contracts';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ReplyDto implements Omit<SendMessageRequest, 'caseId'> {
  @ApiProperty({ description: 'A uuid the sender generates once per message; resending with the same id is safe.' })
  @IsUUID()
  id: string;

  @ApiProperty({ description: 'Plain text.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body: string;
}

export class SendMessageDto extends ReplyDto implements SendMessageRequest {
  @ApiPropertyOptional({ description: 'Which case this is about; without it your open case, or the duty team when you have none.' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
