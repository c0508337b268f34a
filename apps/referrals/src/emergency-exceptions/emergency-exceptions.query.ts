import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { officesRead } from '../urgent-referrals/offices-read';
import { EMERGENCY_EXCEPTIONS, type EmergencyExceptionItem } from './emergency-exceptions.projection';

export class ListEmergencyExceptionsQuery {
  constructor(
    readonly principal: Principal,
    readonly country: string | undefined,
    readonly page: { limit: number; offset: number },
  ) {}
}

export type EmergencyExceptionsPage = Page<EmergencyExceptionItem>;

/** The emergency exceptions recorded under the caller's countries (or the one asked), the latest first. */
@QueryHandler(ListEmergencyExceptionsQuery)
export class ListEmergencyExceptionsHandler implements IQueryHandler<ListEmergencyExceptionsQuery, EmergencyExceptionsPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, country, page: { limit, offset } }: ListEmergencyExceptionsQuery): Promise<EmergencyExceptionsPage> {
    const offices = officesRead(principal, country);
    const filter = offices ? { office: offices } : {};
    const [found, total] = await Promise.all([
      this.infra.readModels.find<EmergencyExceptionItem>(EMERGENCY_EXCEPTIONS, filter, { sort: '-appliedAt', skip: offset, limit }),
      this.infra.readModels.count(EMERGENCY_EXCEPTIONS, filter),
    ]);
    return { items: found.map(({ _id, _position, ...item }) => item), total, limit, offset };
  }
}
