import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class CaseHistoryParams {
  @ApiPropertyOptional({ example: '2026-11-23T12:00:00Z', description: 'Replay the case as recorded at this instant: a date and time with Z or an offset' })
  @IsOptional()
  @IsISO8601({ strict: true })
  // ISO 8601 also allows week dates, ordinal dates and the basic format, which Date cannot
  // read (every event would compare false), and times without a zone, which it reads in the
  // server's: an instant must say where it is.
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'asOf must be an instant as YYYY-MM-DDTHH:MM[:SS[.sss]] followed by Z or ±HH:MM',
    context: { fr: 'doit être un instant au format AAAA-MM-JJTHH:MM[:SS[.sss]] suivi de Z ou ±HH:MM' },
  })
  asOf?: string;
}
