import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsDay } from '@homeward/platform';

export class SearchReturneesParams {
  @ApiPropertyOptional({ example: 'awa diallo', description: 'Name parts in any order, accents and case ignored; each must be a whole name part' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  @Matches(/[\p{L}\p{N}]/u, { message: 'name must contain a letter or a digit', context: { fr: 'doit contenir une lettre ou un chiffre' } })
  name?: string;

  @ApiPropertyOptional({ example: '1994-03-02' })
  @IsOptional()
  @IsDay()
  dateOfBirth?: string;
}
