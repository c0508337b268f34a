import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { SEXES, type Sex } from '@homeward/domain';

const COUNTRY = /^[A-Z]{2}$/;
const DATE = { strict: true } as const;

export class RegisterReturneeRequest {
  @ApiProperty({ example: 'Awa' })
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty({ example: 'Diallo' })
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiProperty({ example: '1994-03-02', description: 'ISO date' })
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ example: 'SN', description: 'ISO 3166-1 alpha-2' })
  @Matches(COUNTRY, { message: 'nationality must be an ISO 3166-1 alpha-2 code such as SN' })
  nationality!: string;

  @ApiProperty({ example: ['fr', 'wo'], description: 'ISO 639 codes' })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each language must be an ISO 639 code such as fr' })
  languages!: string[];

  @ApiPropertyOptional({ example: '+221770000000' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^\+?[0-9 ()-]{4,31}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiProperty({ example: 'MA', description: 'Where the returnee is now' })
  @Matches(COUNTRY, { message: 'hostCountry must be an ISO 3166-1 alpha-2 code such as MA' })
  hostCountry!: string;

  @ApiProperty({ example: 'SN', description: 'Where the returnee goes back to' })
  @Matches(COUNTRY, { message: 'countryOfOrigin must be an ISO 3166-1 alpha-2 code such as SN' })
  countryOfOrigin!: string;

  @ApiProperty({ example: '2026-12-15' })
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedReturnDate must be a date as YYYY-MM-DD' })
  plannedReturnDate!: string;
}
