import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { DEV_CLOCK, type DevClock, type DevClockReading } from './dev-clock';
import { AdvanceDevClockRequest } from './dev-clock.request.dto';

const HOUR_MS = 3_600_000;

/**
 * The dev clock's two calls, on each embedded service (they move the one clock they share). Left out of
 * the API description: it is a walk-through's tool, not part of the product, and exists only when asked for.
 */
@ApiExcludeController()
@Controller('dev/clock')
export class DevClockController {
  constructor(@Inject(DEV_CLOCK) private readonly devClock: DevClock) {}

  @Get()
  @Roles('admin')
  read(): DevClockReading {
    return this.devClock.read();
  }

  @Post('advance')
  @Roles('admin')
  advance(@Body() body: AdvanceDevClockRequest): Promise<DevClockReading & { fired: number }> {
    return this.devClock.advance(body.hours * HOUR_MS);
  }
}
