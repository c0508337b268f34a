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

  /** The programmes with a grid for a country, from the list. */
  async programmesOf(country: string): Promise<string[]> {
    const found = await this.infra.readModels.find<GridVersionItem>(GRID_VERSIONS, { country: [country] }, { sort: '-publishedAt', limit: 200 });
    return [...new Set(found.map((v) => v.programme))];
  }

  /**
   * The programme a plan in this country works under when the case manager names none (which grid a
   * proposal reads, which programme pays an allocation): the only one with a grid there.
   */
  async onlyProgramme(country: string): Promise<string> {
    const programmes = await this.programmesOf(country);
    if (programmes.length === 1) return programmes[0];
    if (!programmes.length) throw new GridError('GRID_NOT_FOUND', `No grid is published for ${country}`, 'programme');
    throw new GridError('GRID_PROGRAMME_REQUIRED', `Programmes with a grid in ${country}: ${programmes.join(', ')}`, 'programme', { programmes });
  }

  /** The programme named, once a grid of it is published in the country (its stream says so: no lag), else the only one there. */
  async programmeFor(country: string, named: string | undefined): Promise<string> {
    if (named === undefined) return this.onlyProgramme(country);
    await this.version(country, named);
    return named;
  }
}
