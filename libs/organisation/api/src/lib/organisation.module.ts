import { Module } from '@nestjs/common';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';
import { TeamsController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

/** The operating side an admin runs the organisation with: teams and staff accounts. */
@Module({
  imports: [DossierModule, IdentityModule],
  controllers: [TeamsController, StaffController],
  providers: [TeamsRepository, TeamsService, StaffRepository, StaffService],
})
export class OrganisationModule {}
