import { DynamicModule, Module } from '@nestjs/common';
import { DemoModule } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { AppConfig, PlatformModule } from '@nabij/platform/api';

/** One module per domain; tests compose the same list on a test platform. */
export const DOMAIN_MODULES = [IdentityModule, IntakeModule, DemoModule];

/** The table of contents of the API: the platform plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot({ config }), ...DOMAIN_MODULES] };
  }
}
