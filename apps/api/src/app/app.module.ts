import { DynamicModule, Module } from '@nestjs/common';
import { ChatModule } from '@nabij/chat/api';
import { DemoModule } from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { GuardiansModule } from '@nabij/guardians/api';
import { ForumModule } from '@nabij/forum/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { LibraryModule } from '@nabij/library/api';
import { MessagesModule } from '@nabij/messages/api';
import { OrganisationModule } from '@nabij/organisation/api';
import { OutreachModule } from '@nabij/outreach/api';
import { AppConfig, PlatformModule } from '@nabij/platform/api';
import { PrivacyModule } from '@nabij/privacy/api';
import { RemindersModule } from '@nabij/reminders/api';
import { SocialMapModule } from '@nabij/socialmap/api';
import { ReportsModule } from '@nabij/reports/api';
import { TimeModule } from '@nabij/time/api';
import { TrainingsModule } from '@nabij/trainings/api';
import { VideoModule } from '@nabij/video/api';

/** One module per domain; tests compose the same list on a test platform. */
export const DOMAIN_MODULES = [
  IdentityModule,
  IntakeModule,
  DossierModule,
  MessagesModule,
  ChatModule,
  TrainingsModule,
  TimeModule,
  ReportsModule,
  OrganisationModule,
  PrivacyModule,
  VideoModule,
  LibraryModule,
  OutreachModule,
  SocialMapModule,
  GuardiansModule,
  ForumModule,
  RemindersModule,
  DemoModule,
];

/** The table of contents of the API: the platform plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot({ config }), ...DOMAIN_MODULES] };
  }
}
