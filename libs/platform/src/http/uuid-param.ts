import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from './validation';

/** An id in the path: anything but a UUID is a 400 naming it, before a stream is read. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => badRequest([{ field: name, message: `${name} must be a UUID`, fr: 'doit être un UUID' }]) }));
