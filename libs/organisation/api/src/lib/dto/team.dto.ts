import { ApiProperty } from '@nestjs/swagger';
import { TEAM_NAME_MAX, type CreateTeamRequest, type RenameTeamRequest } from '@nabij/organisation/contracts';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty({ example: 'Team Leiden-Noord', maxLength: TEAM_NAME_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TEAM_NAME_MAX)
  name: string;
}

export class RenameTeamDto extends CreateTeamDto implements RenameTeamRequest {}
