import { BadRequestException, Body, Controller, HttpCode, Patch } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { LANGUAGES, STAFF_LANGUAGES, type AccountLanguageRequest, type Language } from '@nabij/identity/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { PROFESSIONAL_ROLES } from '@nabij/platform/contracts';
import { IsIn } from 'class-validator';
import { AccountsRepository } from '../accounts.repository';
import { AccountDirectoryService } from '../directory/account-directory.service';

export class AccountLanguageDto implements AccountLanguageRequest {
  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}

/** The language the signed-in account reads: remembered for pages, mails and SMS (issue 17). */
@ApiTags('account')
@Controller('account')
export class AccountLanguageController {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly directory: AccountDirectoryService,
  ) {}

  /** Any signed-in account; staff read Dutch or English only (400 naming `language` otherwise). */
  @Roles('client', 'guardian', 'worker', 'team_lead', 'admin')
  @Patch('language')
  @HttpCode(204)
  async setLanguage(@CurrentUser() user: AuthUser, @Body() body: AccountLanguageDto): Promise<void> {
    if (PROFESSIONAL_ROLES.includes(user.role) && !(STAFF_LANGUAGES as readonly string[]).includes(body.language)) {
      const message = `language must be one of ${STAFF_LANGUAGES.join(', ')} for staff`;
      throw new BadRequestException({ message, fields: { language: [message] }, fieldCodes: { language: 'language.not_allowed' } });
    }
    await this.accounts.setLanguage(user.id, body.language);
    // The cached card carries the language a worker's case view shows.
    this.directory.forgetCard(user.id);
  }
}
