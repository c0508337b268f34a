import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class SearchReturneesParams {
  @ApiPropertyOptional({ example: 'awa diallo', description: 'Name parts in any order, accents and case ignored; each must be a whole name part' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  @Matches(/[\p{L}\p{N}]/u, { message: 'name must contain a letter or a digit', context: { fr: 'doit contenir une lettre ou un chiffre' } })
  name?: string;

  @ApiPropertyOptional({ example: '1994-03-02' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD', context: { fr: 'doit être une date au format AAAA-MM-JJ' } })
  dateOfBirth?: string;
}
