import { Inject, Injectable } from '@nestjs/common';
import { GridError } from '@homeward/domain';
import { gridStreamId, type FeasibilityGrid, type GridEvent } from '@homeward/contracts/planning';
import { INFRASTRUCTURE, type Infrastructure, type Page } from '@homeward/platform';
import { GRID_VERSIONS, type GridVersionItem } from './grid-versions.projection';

/** A version of a grid, whole, with when and by whom it was published. */
export interface GridVersionView {
  grid: FeasibilityGrid;
  publishedAt: string;
  publishedBy: string;
}

/** Where grids are read: a version from its stream (the truth, no lag), the list from its read model (paged, indexed). */
@Injectable()
export class GridCatalogue {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  /** A version of a grid, or its latest when none is named. */
  async version(country: string, programme: string, version?: number): Promise<GridVersionView> {
    const history = await this.infra.store.readStream(gridStreamId(country, programme));
    const versions = history.map((e): GridVersionView => ({ ...(e.data as unknown as GridEvent['data']), publishedBy: e.actor.userId }));
    if (!versions.length) throw new GridError('GRID_NOT_FOUND', `No grid of programme ${programme} in ${country}`, 'programme');
    const found = version === undefined ? versions[versions.length - 1] : versions.find((v) => v.grid.version === version);
    if (!found) throw new GridError('GRID_VERSION_NOT_FOUND', `Grid ${programme} in ${country} has no version ${version}`, 'version');
    return found;
  }

  /** The versions of the countries given (all, when undefined), newest first. */
  async list(countries: string[] | undefined, { limit, offset }: { limit: number; offset: number }): Promise<Page<GridVersionItem>> {
    const filter = countries ? { country: countries } : {};
    const [found, total] = await Promise.all([
      this.infra.readModels.find<GridVersionItem>(GRID_VERSIONS, filter, { sort: '-publishedAt', skip: offset, limit }),
      this.infra.readModels.count(GRID_VERSIONS, filter),
    ]);
    return { items: found.map(({ _id, _position, ...item }) => item), total, limit, offset };
  }

  /** The programmes with a grid for a country, from the list: which one a proposal reads when none is named. */
  async programmesOf(country: string): Promise<string[]> {
    const found = await this.infra.readModels.find<GridVersionItem>(GRID_VERSIONS, { country: [country] }, { sort: '-publishedAt', limit: 200 });
    return [...new Set(found.map((v) => v.programme))];
  }
}
