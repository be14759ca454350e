import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * The per-IP request limit of @nestjs/throttler, with its counter key as plain text: the default
 * hashes route, limit name and address with SHA-256 on every request, which costs time and hides
 * nothing (the counters live 60 seconds, in this process or in Redis under `nabij:throttle:<database>:`).
 */
@Injectable()
export class RequestLimitGuard extends ThrottlerGuard {
  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${tracker}`;
  }
}
