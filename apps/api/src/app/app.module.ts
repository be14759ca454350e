import { DynamicModule, Module } from '@nestjs/common';
import { DemoModule } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { AppConfig, PlatformModule } from '@nabij/platform/api';

/** The table of contents of the API: the platform plus one module per domain. */
@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ config }), IdentityModule, IntakeModule, DemoModule],
    };
  }
}
