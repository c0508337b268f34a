import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '@homeward/platform';

/** The case id in a path: anything but a UUID is a 400 naming it, before any read. */
export const CaseIdParam = () =>
  Param('caseId', new ParseUUIDPipe({ exceptionFactory: () => badRequest([{ field: 'caseId', message: 'caseId must be a UUID', fr: 'doit être un UUID' }]) }));
