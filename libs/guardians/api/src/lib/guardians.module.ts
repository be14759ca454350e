import { Module } from '@nestjs/common';
import { CaseLookupModule, DossierModule } from '@nabij/dossier/api';
import { AccountDirectoryModule, IdentityModule } from '@nabij/identity/api';
import { GuardianAccessService } from './guardian-access.service';
import { GuardianConsentService } from './guardian-consent.service';
import { GuardianInvitesService } from './guardian-invites.service';
import { GuardianLinksRepository } from './guardian-links.repository';
import { GuardianPersonalDataRepository } from './guardian-personal-data.repository';
import { GuardianViewService } from './guardian-view.service';
import {
  GuardianCasesController,
  GuardianChildrenController,
  GuardianInviteAcceptController,
  MyGuardiansController,
} from './guardians.controller';

/**
 * Parents and guardians of a pupil (school social work): invites and parent accounts, what a parent
 * sees per child, the pupil's consent from 16, and the separate parent thread.
 */
@Module({
  imports: [
    // Who may see a case (CaseAccessService), and what of it may be shared (DossierShareService): dossier's.
    DossierModule,
    CaseLookupModule,
    // A parent's account is made by identity's AccountsService; names and birth dates come from its directory.
    IdentityModule,
    AccountDirectoryModule,
  ],
  controllers: [GuardianCasesController, GuardianChildrenController, MyGuardiansController, GuardianInviteAcceptController],
  providers: [
    GuardianLinksRepository,
    GuardianAccessService,
    GuardianInvitesService,
    GuardianViewService,
    GuardianConsentService,
    GuardianPersonalDataRepository,
  ],
})
export class GuardiansModule {}
