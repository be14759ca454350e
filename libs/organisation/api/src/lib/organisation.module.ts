import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DutyRosterModule } from '@nabij/chat/api';
import { DossierModule } from '@nabij/dossier/api';
import { AccountDirectoryModule, IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { MessagesModule } from '@nabij/messages/api';
import { TrainingsModule } from '@nabij/trainings/api';
import { StaffInviteEntity } from './entities/staff-invite.entity';
import { InviteAcceptController, InvitesController } from './invites/invites.controller';
import { InvitesRepository } from './invites/invites.repository';
import { InvitesService } from './invites/invites.service';
import { StaffController } from './staff.controller';
import { OrganisationSetupService } from './setup/organisation-setup.service';
import { StaffService } from './staff.service';
import { StaffTwoFactorService } from './staff-two-factor.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';

/** The operating side an admin runs the organisation with: teams, staff accounts and invites of new staff. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StaffInviteEntity]),
    DossierModule,
    DutyRosterModule,
    IdentityModule,
    AccountDirectoryModule,
    IntakeModule,
    MessagesModule,
    TrainingsModule,
  ],
  controllers: [TeamsController, StaffController, InvitesController, InviteAcceptController],
  providers: [TeamsService, StaffService, StaffTwoFactorService, InvitesRepository, InvitesService, OrganisationSetupService],
  // The setup-organisation command (apps/api main.ts) runs it without HTTP.
  exports: [OrganisationSetupService],
})
export class OrganisationModule {}
