import { Module } from '@nestjs/common';

/** Intake's read side: query endpoints over its read models. */
@Module({ controllers: [], providers: [] })
export class IntakeQueriesModule {}
