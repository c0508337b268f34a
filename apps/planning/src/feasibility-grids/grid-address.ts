import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PROGRAMME_PATTERN } from '@homeward/contracts/planning';
import { COUNTRY_CODES, IsCountry } from '@homeward/platform';

/** The refusal of a programme's name that is not the contract's PROGRAMME_PATTERN, in both languages. */
export const programmeRule = {
  message: '$property must be lower case letters, digits and dashes (example-reintegration-programme)',
  context: { fr: 'doit être en minuscules, chiffres et tirets (example-reintegration-programme)' },
};

/** Where a grid lives: its country and its programme (the stream `grid-<country>-<programme>`). */
export class GridAddress {
  @ApiProperty({ example: 'SN', enum: [...COUNTRY_CODES] })
  @IsCountry()
  country!: string;

  @ApiProperty({ example: 'example-reintegration-programme', pattern: PROGRAMME_PATTERN.source })
  @Matches(PROGRAMME_PATTERN, programmeRule)
  programme!: string;
}

export class GridVersionAddress extends GridAddress {
  @ApiProperty({ example: 1, type: 'integer', minimum: 1, maximum: 99999 })
  @Matches(/^[1-9]\d{0,4}$/, { message: '$property must be a whole number from 1', context: { fr: 'doit être un nombre entier à partir de 1' } })
  version!: string;
}

