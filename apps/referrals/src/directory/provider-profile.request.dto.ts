import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEmail, IsIn, IsInt, IsObject, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SEXES, type Sex } from '@homeward/contracts/intake';
import { MAX_PROVIDER_AREAS, MAX_PROVIDER_SERVICES, SERVICE_TYPES, type ServiceType } from '@homeward/contracts/referrals';
import { IsCountry, IsLanguage, MultiLine, Optional } from '@homeward/platform';
import { IsAreaCode } from './area-code.rule';

const MAX_AGE = 130;
const MAX_LANGUAGES = 20;
const MAX_CAPACITY = 100_000;

export class ProviderAreaRequest {
  @ApiProperty({ example: 'SN-DK', description: 'The code the country office uses for the area (ISO 3166-2 where it has one)' })
  @IsAreaCode()
  code!: string;

  @ApiProperty({ example: 'Dakar' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

/** Who a service takes: ages in whole years, inclusive; a bound left out is no limit. */
export class EligibilityRequest {
  @ApiPropertyOptional({ example: 18, minimum: 0, maximum: MAX_AGE })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  minAge?: number;

  @ApiPropertyOptional({ example: 35, minimum: 0, maximum: MAX_AGE, description: 'Not below minAge' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  maxAge?: number;

  @ApiPropertyOptional({ enum: SEXES, isArray: true, description: 'Only these; left out, anyone' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(SEXES.length)
  @ArrayUnique({ message: '$property must not name a sex twice', context: { fr: 'ne doit pas citer deux fois le même sexe' } })
  @IsIn(SEXES, { each: true })
  sexes?: Sex[];

  @ApiPropertyOptional({ example: 'Returnees referred by the office only' })
  @Optional()
  @IsString()
  @Length(1, 1000)
  @MultiLine()
  notes?: string;
}

/** One service the provider offers: of one type, to whom, in which languages, how much of it, when. */
export class ProviderServiceRequest {
  @ApiProperty({ enum: SERVICE_TYPES, description: 'Once per provider' })
  @IsIn(SERVICE_TYPES)
  serviceType!: ServiceType;

  @ApiPropertyOptional({ type: EligibilityRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityRequest)
  eligibility?: EligibilityRequest;

  @ApiProperty({ example: ['fr', 'wo'], minItems: 1, maxItems: MAX_LANGUAGES, description: 'The languages it is given in (ISO 639)' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ArrayUnique({ message: '$property must not name a language twice', context: { fr: 'ne doit pas citer deux fois la même langue' } })
  @IsLanguage({ each: true })
  languages!: string[];

  @ApiPropertyOptional({ example: 12, minimum: 0, maximum: MAX_CAPACITY, description: 'How many people it can take a month' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  capacityPerMonth?: number;

  @ApiPropertyOptional({ example: 'Mon–Fri 8:00–17:00' })
  @Optional()
  @IsString()
  @Length(1, 300)
  openingHours?: string;
}

/** How to reach the organisation: its desk, never a person's own number. */
export class ProviderContactRequest {
  @ApiPropertyOptional({ example: '+221 33 800 11 22' })
  @Optional()
  @IsString()
  @MaxLength(40)
  @Matches(/^\+?[0-9 ()-]{4,39}$/, { message: '$property must be a phone number', context: { fr: 'doit être un numéro de téléphone' } })
  phone?: string;

  @ApiPropertyOptional({ example: 'accueil@cfp-dakar.sn' })
  @Optional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'Route de Rufisque, Dakar' })
  @Optional()
  @IsString()
  @Length(1, 500)
  @MultiLine()
  address?: string;
}

/** A provider's whole profile: at registration, and as it now is at each update. Organisational data only. */
export class ProviderProfileRequest {
  @ApiProperty({ example: 'Centre de formation professionnelle de Dakar' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'SN', description: 'Where it works; it stays there (register the organisation anew for another country)' })
  @IsCountry()
  country!: string;

  @ApiProperty({ type: [ProviderAreaRequest], minItems: 1, maxItems: MAX_PROVIDER_AREAS, description: 'The areas it serves, each once' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_PROVIDER_AREAS)
  @ValidateNested({ each: true })
  @Type(() => ProviderAreaRequest)
  areas!: ProviderAreaRequest[];

  @ApiProperty({ type: [ProviderServiceRequest], minItems: 1, maxItems: MAX_PROVIDER_SERVICES, description: 'What it offers, each type once' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_PROVIDER_SERVICES)
  @ValidateNested({ each: true })
  @Type(() => ProviderServiceRequest)
  services!: ProviderServiceRequest[];

  @ApiProperty({ type: ProviderContactRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => ProviderContactRequest)
  contact!: ProviderContactRequest;
}
