import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { CaseCommands } from './case-commands/case-commands';
import { CaseHistoryController } from './case-history/case-history.http.controller';
import { CaseHistoryHandler } from './case-history/case-history.query';
import { intakeProjections } from './projections';
import { IntakeQueriesModule } from './queries.module';
import { RegisterReturneeController } from './register-returnee/register-returnee.http.controller';
import { RegisterReturneeHandler } from './register-returnee/register-returnee.handler';

@Module({
  imports: [IntakeQueriesModule],
  controllers: [RegisterReturneeController, CaseHistoryController],
  providers: [CaseCommands, RegisterReturneeHandler, CaseHistoryHandler],
})
export class IntakeModule {}

export const intakeService: ServiceDefinition = { module: IntakeModule, title: 'intake', projections: intakeProjections, consumes: [] };
