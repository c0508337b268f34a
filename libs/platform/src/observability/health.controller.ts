import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { INFRASTRUCTURE } from '../tokens';
import type { Infrastructure } from '../infrastructure';

/** Liveness says the process answers; readiness checks this service's own dependencies. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The process answers', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up'] } }, additionalProperties: false } })
  live() {
    return { status: 'up' };
  }

  @Public()
  @Get('ready')
  @ApiOkResponse({ description: 'Its event store, broker and read models answer', schema: readiness('ready') })
  @ApiServiceUnavailableResponse({ description: 'One of them does not', schema: readiness('not_ready') })
  async ready() {
    const checks = {
      eventStore: await probe(() => this.infra.store.ping()),
      broker: await probe(() => this.infra.broker.ping()),
      readModels: await probe(() => this.infra.readModels.ping()),
    };
    const ready = Object.values(checks).every((c) => c === 'up');
    const body = { status: ready ? 'ready' : 'not_ready', checks };
    if (!ready) throw new ServiceUnavailableException(body);
    return body;
  }
}

function readiness(status: 'ready' | 'not_ready') {
  const check = { type: 'string', enum: ['up', 'down'] };
  return {
    type: 'object',
    required: ['status', 'checks'],
    properties: {
      status: { type: 'string', enum: [status] },
      checks: { type: 'object', required: ['eventStore', 'broker', 'readModels'], properties: { eventStore: check, broker: check, readModels: check }, additionalProperties: false },
    },
  };
}

async function probe(check: () => Promise<void>): Promise<'up' | 'down'> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
    return 'up';
  } catch {
    return 'down';
  }
}
