import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { SocialMapSearchResponse } from '@nabij/socialmap/contracts';
import { Public } from '@nabij/platform/api';
import { SocialMapQueryDto } from './dto/socialmap.dto';
import { SocialMapService } from './socialmap.service';

/** The public social map: readable without an account, like the library and the postcode check. */
@ApiTags('social-map')
@Controller('social-map')
export class SocialMapController {
  constructor(private readonly socialMap: SocialMapService) {}

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 60 } })
  @Get('services')
  search(@Query() query: SocialMapQueryDto): Promise<SocialMapSearchResponse> {
    return this.socialMap.search(query);
  }
}
