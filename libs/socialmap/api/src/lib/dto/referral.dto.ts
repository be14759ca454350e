import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_STATUSES } from '@nabij/socialmap/contracts';
import type { CreateReferral, ReferralStatus, UpdateReferral } from '@nabij/socialmap/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class CreateReferralDto implements CreateReferral {
  @ApiProperty({ format: 'uuid', description: 'A service on the social map (GET /api/social-map/services)' })
  @IsUUID('all', { message: 'serviceId must be the id of a service on the social map' })
  serviceId: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString({ message: 'reason must be text' })
  @Matches(/\S/, { message: 'reason must not be empty' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason: string;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, default: 'proposed' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
  status?: ReferralStatus;
}

export class UpdateReferralDto implements UpdateReferral {
  @ApiProperty({ enum: REFERRAL_STATUSES })
  @IsIn(REFERRAL_STATUSES, { message: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
  status: ReferralStatus;
}
