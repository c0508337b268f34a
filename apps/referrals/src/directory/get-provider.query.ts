import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReferralsError } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { assertMayRead } from './directory-access';
import { DIRECTORY, type DirectoryEntry } from './directory.projection';
import { viewOf, type ProviderView } from './directory-view';

export class GetProviderQuery {
  constructor(
    readonly principal: Principal,
    readonly providerId: string,
  ) {}
}

/** One provider of the directory, for staff of its country and for its own users. */
@QueryHandler(GetProviderQuery)
export class GetProviderHandler implements IQueryHandler<GetProviderQuery, ProviderView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, providerId }: GetProviderQuery): Promise<ProviderView> {
    // A provider's user is refused another's entry before it is looked up: whether it exists is not its business either.
    if (principal.role === 'service_provider') assertMayRead(principal, providerId, '');
    const entry = await this.infra.readModels.get<DirectoryEntry>(DIRECTORY, providerId);
    if (!entry) throw new ReferralsError('PROVIDER_NOT_FOUND', `No provider ${providerId} in the directory`, 'providerId');
    assertMayRead(principal, providerId, entry.country);
    return viewOf(entry);
  }
}
