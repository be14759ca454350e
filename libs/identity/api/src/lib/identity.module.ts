import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLanguageController } from './account/account-language.controller';
import { AccountSettingsController } from './account/account-settings.controller';
import { AccountSettingsService } from './account/account-settings.service';
import { DraftKeyService } from './account/draft-key.service';
import { PasswordResetEntity } from './account/password-reset.entity';
import { PasswordResetService } from './account/password-reset.service';
import { PasswordResetsRepository } from './account/password-resets.repository';
import { ActivationCodeEntity } from './activation/activation-code.entity';
import { ActivationCodesRepository } from './activation/activation-codes.repository';
import { ActivationController } from './activation/activation.controller';
import { ActivationService } from './activation/activation.service';
import { AddEmailService } from './activation/add-email.service';
import { AccountPersonalDataRepository } from './account-personal-data.repository';
import { AccountErasureRepository } from './account-erasure.repository';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { StaffAccountsRepository } from './staff/staff-accounts.repository';
import { StaffAccountsService } from './staff/staff-accounts.service';
import { TeamRecordsService } from './staff/team-records.service';
import { TeamRecordsRepository } from './staff/teams.repository';
import { AccountDirectoryModule } from './directory/account-directory.module';
import { AuthService } from './auth.service';
import { AccountEntity } from './entities/account.entity';
import { TeamEntity } from './entities/team.entity';
import { EmailVerificationEntity, LoginFailureEntity, RefreshTokenEntity } from './entities/token.entities';
import { LoginFailuresRepository } from './login/login-failures.repository';
import { LoginThrottleService } from './login/login-throttle.service';
import { PasswordPolicyService } from './password-policy.service';
import { PasswordService } from './password.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionsService } from './sessions.service';
import { LoginChallengeCleanupJob } from './two-factor/login-challenge-cleanup.job';
import { ExpiredRowsCleanupJob } from './housekeeping/expired-rows-cleanup.job';
import { ExpiredRowsRepository } from './housekeeping/expired-rows.repository';
import { TwoFactorController } from './two-factor/two-factor.controller';
import { AccountRecoveryCodeEntity, AccountTotpEntity, LoginChallengeEntity } from './two-factor/two-factor.entities';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AccountEntity,
      TeamEntity,
      RefreshTokenEntity,
      EmailVerificationEntity,
      LoginFailureEntity,
      PasswordResetEntity,
      ActivationCodeEntity,
      AccountTotpEntity,
      AccountRecoveryCodeEntity,
      LoginChallengeEntity,
    ]),
    // The same directory (and name cache) other domains use: an erasure clears the erased name from it.
    AccountDirectoryModule,
  ],
  controllers: [AuthController, AccountSettingsController, AccountLanguageController, ActivationController, TwoFactorController],
  providers: [
    AccountsRepository,
    RefreshTokensRepository,
    LoginFailuresRepository,
    AuthService,
    AccountsService,
    PasswordService,
    PasswordPolicyService,
    LoginThrottleService,
    SessionsService,
    PasswordResetsRepository,
    PasswordResetService,
    AccountSettingsService,
    DraftKeyService,
    AccountPersonalDataRepository,
    ActivationCodesRepository,
    ActivationService,
    AddEmailService,
    AccountErasureRepository,
    TwoFactorRepository,
    TwoFactorService,
    LoginChallengeCleanupJob,
    ExpiredRowsCleanupJob,
    ExpiredRowsRepository,
    StaffAccountsRepository,
    StaffAccountsService,
    TeamRecordsRepository,
    TeamRecordsService,
  ],
  exports: [
    StaffAccountsService,
    TeamRecordsService,
    AccountsService,
    PasswordService,
    PasswordPolicyService,
    SessionsService,
    ActivationService,
    TwoFactorService,
  ],
})
export class IdentityModule {}
