import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config';
import { AccessTokenVerifier } from './access-token-verifier';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { RolesGuard } from './roles.guard';
import { SessionRegistry } from './session-registry.service';
import { SessionRepository } from './session.repository';
import { SignedInUsers } from './signed-in-users';

@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenSeconds },
      }),
    }),
  ],
  providers: [
    SessionRepository,
    SessionRegistry,
    // One verifier and one sign-in rule for HTTP and the sockets (chat, video): one check, one memory of verified tokens.
    { provide: AccessTokenVerifier, inject: [AppConfig], useFactory: (config: AppConfig) => new AccessTokenVerifier(config.jwtSecret) },
    SignedInUsers,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [JwtModule, SessionRegistry, AccessTokenVerifier, SignedInUsers],
})
export class AuthModule {}
