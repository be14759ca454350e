import { Module } from '@nestjs/common';
import { DossierModule } from '@nabij/dossier/api';
import { TeamsController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

/** The operating side an admin runs the organisation with: teams (staff accounts follow). */
@Module({
  imports: [DossierModule],
  controllers: [TeamsController],
  providers: [TeamsRepository, TeamsService],
})
export class OrganisationModule {}
