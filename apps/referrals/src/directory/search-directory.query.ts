import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ServiceType } from '@homeward/contracts/referrals';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { DIRECTORY, EVERY_COUNTRY, type DirectoryEntry } from './directory.projection';
import { viewOf, type DirectoryPage } from './directory-view';

export interface DirectoryFilters {
  country?: string;
  area?: string;
  serviceType?: ServiceType;
  language?: string;
  status?: DirectoryEntry['status'];
}

export class SearchDirectoryQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: DirectoryFilters,
    readonly page: { limit: number; offset: number },
  ) {}
}

/**
 * The read-model filter of a search: the most specific key its filters make (a service in an area, in
 * a language; a service; an area), under each country searched, so one declared index narrows it; the
 * country itself only where no key says it. A service provider's user finds its own entry or nothing.
 */
export function directoryFilter(principal: Principal, { country, area, serviceType, language, status }: DirectoryFilters): Record<string, unknown> {
  const ownOnly = principal.role === 'service_provider';
  const scopes = country ? [country] : ownOnly || principal.countries.includes('*') ? [EVERY_COUNTRY] : principal.countries;
  const under = (key: string) => scopes.map((scope) => `${scope}:${key}`);
  const filter: Record<string, unknown> = ownOnly ? { _id: principal.organisationId ?? '' } : {};
  if (serviceType) {
    if (area) filter.offersInArea = under(`${serviceType}:${area}`);
    if (language) filter.offersInLanguage = under(`${serviceType}:${language}`);
    if (!area && !language) filter.offers = under(serviceType);
  } else {
    if (area) filter.serves = under(area);
    if (language) filter.languages = language;
    if (!area && scopes[0] !== EVERY_COUNTRY) filter.country = scopes;
  }
  if (status) filter.status = status;
  return filter;
}

/** The providers of the caller's countries (or the one asked) that match every filter given, by name. */
@QueryHandler(SearchDirectoryQuery)
export class SearchDirectoryHandler implements IQueryHandler<SearchDirectoryQuery, DirectoryPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters, page: { limit, offset } }: SearchDirectoryQuery): Promise<DirectoryPage> {
    const filter = directoryFilter(principal, filters);
    const [found, total] = await Promise.all([
      this.infra.readModels.find<DirectoryEntry>(DIRECTORY, filter, { sort: 'name', skip: offset, limit }),
      this.infra.readModels.count(DIRECTORY, filter),
    ]);
    return { items: found.map(viewOf), total, limit, offset };
  }
}
