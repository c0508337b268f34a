import { Inject, Injectable } from '@nestjs/common';
import { gridDecider, type GridCommand, type GridState } from '@homeward/domain';
import { EXAMPLE_FEASIBILITY_GRID, gridStreamId, type FeasibilityGrid, type GridEvent } from '@homeward/contracts/planning';
import { CommandHandler, type Actor, type CommandInput, type IdGenerator } from '@homeward/events';
import { currentCorrelationId, ID_GENERATOR, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal } from '@homeward/platform';

export interface PublishedGridVersion {
  country: string;
  programme: string;
  version: number;
  gridId: string;
  example: boolean;
  publishedAt: string;
}

/** The service itself, when it ships its example grid at start. */
const PLANNING: Actor = { userId: 'planning', role: 'admin' };

/** The one way grids change: the platform's command handler bound to the grid decider, a stream per country and programme. */
@Injectable()
export class GridCommands {
  private readonly handler: CommandHandler<GridCommand, GridState, GridEvent>;

  constructor(@Inject(INFRASTRUCTURE) infra: Infrastructure, @Inject(OFFICE_CALENDAR) calendar: OfficeCalendar, @Inject(ID_GENERATOR) ids: IdGenerator) {
    this.handler = new CommandHandler(infra.store, {
      decider: gridDecider,
      idField: 'gridKey',
      // The key is `<country>-<programme>`: the stream is the contract's gridStreamId.
      streamId: (key) => `grid-${key}`,
      clock: calendar,
      ids,
      metadata: ({ now, userId, role }, _state, input) => ({ now, userId, role, today: calendar.today(input.data.grid.country, new Date(now)) }),
      country: (_before, _after, command) => command.data.grid.country,
    });
  }

  /** Publishing decides an event or refuses: it never answers nothing. */
  async publish(principal: Principal, grid: FeasibilityGrid): Promise<PublishedGridVersion> {
    return (await this.run({ type: 'PublishGrid', data: { gridKey: keyOf(grid), grid } }, { userId: principal.userId, role: principal.role }))!;
  }

  /** Publishes the example grid unless a version of its programme is there already: a fresh start can propose from it. */
  async shipExample(): Promise<PublishedGridVersion | undefined> {
    const grid = EXAMPLE_FEASIBILITY_GRID;
    return this.run({ type: 'ShipExampleGrid', data: { gridKey: keyOf(grid), grid } }, PLANNING);
  }

  private async run(input: CommandInput<GridCommand>, actor: Actor): Promise<PublishedGridVersion | undefined> {
    const result = await this.handler.handle(input, { actor, correlationId: currentCorrelationId() ?? 'none' });
    const [published] = result.newEvents;
    if (!published) return undefined;
    const { grid, publishedAt } = published.data as unknown as GridEvent['data'];
    return { country: grid.country, programme: grid.programme, version: grid.version, gridId: grid.gridId, example: grid.example ?? false, publishedAt };
  }
}

const keyOf = (grid: FeasibilityGrid): string => gridStreamId(grid.country, grid.programme).slice('grid-'.length);
