// The fifth context's wiring, as it would sit in apps/lending: a controller on the platform's
// command handler, a projection, and the service definition. Nothing else in the platform changes.
import { Body, Controller, Get, Inject, Module, Post } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { CommandHandler, type Projection } from '@homeward/events';
import { CurrentPrincipal, ID_GENERATOR, INFRASTRUCTURE, Roles, UuidParam, type Infrastructure, type Principal, type ServiceDefinition } from '@homeward/platform';
import { lendingContract, type BookLent } from './lending.contract';
import { lendingDecider, type Book, type LendBook } from './lending.domain';

export const loansProjection: Projection<{ bookId: string; borrower: string }, BookLent> = {
  name: 'lending.loans',
  collection: 'loans',
  indexes: [{ fields: ['borrower'] }],
  handles: ['lending.BookLent'],
  documentId: (event) => event.data.bookId,
  evolve: (_loan, event) => ({ bookId: event.data.bookId, borrower: event.data.borrower }),
};

class LendRequest {
  @IsString()
  @Length(1, 50)
  borrower!: string;
}

@Controller('books')
class LendingController {
  private readonly books: CommandHandler<LendBook, Book, BookLent>;

  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure, @Inject(ID_GENERATOR) ids: () => string) {
    this.books = new CommandHandler(infra.store, { decider: lendingDecider, idField: 'bookId', streamId: (id) => `book-${id}`, ids, country: () => 'SN' });
  }

  @Post(':bookId/loan')
  @Roles('case_manager')
  async lend(@UuidParam('bookId') bookId: string, @Body() request: LendRequest, @CurrentPrincipal() principal: Principal) {
    const { nextExpectedVersion } = await this.books.handle({ type: 'LendBook', data: { bookId, borrower: request.borrower } }, { actor: { userId: principal.userId, role: principal.role }, correlationId: 'lending' });
    return { bookId, streamVersion: nextExpectedVersion };
  }

  @Get('loans')
  @Roles('case_manager')
  loans() {
    return this.infra.readModels.find(loansProjection.collection, {}, { sort: 'borrower' });
  }
}

@Module({ controllers: [LendingController] })
class LendingModule {}

export const lendingService: ServiceDefinition = {
  name: 'lending',
  port: 3099,
  module: LendingModule,
  title: 'lending',
  projections: [loansProjection],
  publishes: lendingContract,
  consumes: [],
};
