import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsString, Length, Max, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { ELEMENT_STATUSES, PLAN_ELEMENT_TYPES, RESPONSIBILITIES, type ElementStatus, type PlanElementType, type Responsibility } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../plan-commands/plan-request-rules';

/** A provider is named one way: by its id in the referrals directory, or by name until the directory holds it. */
const OneWayOfNaming = () =>
  ValidateBy(
    { name: 'oneWayOfNaming', validator: { validate: (_value, args) => ((args?.object as ElementProviderRequest).providerId === undefined) !== ((args?.object as ElementProviderRequest).name === undefined) } },
    { message: '$property: give either providerId (the directory) or name (free text), not both', context: { fr: 'indiquez soit providerId (l’annuaire), soit name (texte libre), pas les deux' } },
  );

export class ElementProviderRequest {
  @ApiPropertyOptional({ example: 'sp-cfp-thies', description: 'A provider of the referrals directory; or give name instead' })
  @ValidateIf((p: ElementProviderRequest) => p.name === undefined || p.providerId !== undefined)
  @IsReference()
  @OneWayOfNaming()
  providerId?: string;

  @ApiPropertyOptional({ example: 'Centre Jàmm', description: 'An organisation named in free text, while the directory does not hold it' })
  @ValidateIf((p: ElementProviderRequest) => p.providerId === undefined)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: '+221 33 800 00 00', description: 'How to reach the provider named in free text (an organisation, never a person)' })
  @Optional()
  @ValidateBy(
    { name: 'onlyWithName', validator: { validate: (_value, args) => (args?.object as ElementProviderRequest).providerId === undefined } },
    { message: '$property goes with a provider named in free text: the directory holds the contact of its own', context: { fr: 'accompagne un prestataire nommé en texte libre : l’annuaire tient le contact des siens' } },
  )
  @IsString()
  @Length(1, 300)
  contact?: string;
}

/** The feasibility grid row that proposed the element. */
export class GridReferenceRequest {
  @ApiProperty({ example: 'example-grid-sn' })
  @IsReference()
  gridId!: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  gridVersion!: number;

  @ApiProperty({ example: 'eco-tvet' })
  @IsReference()
  rowId!: string;
}

/** One element of the Annex 3 template: what, by whom, when, and how far it has got. */
export class PlanElementRequest {
  @ApiProperty({ example: 'e-training', description: "The element's id within the plan, kept from version to version so a revision shows what changed" })
  @IsReference()
  elementId!: string;

  @ApiProperty({ enum: PLAN_ELEMENT_TYPES })
  @IsIn(PLAN_ELEMENT_TYPES)
  type!: PlanElementType;

  @ApiProperty({ example: 'Six months of pattern cutting, three days a week' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  description!: string;

  @ApiPropertyOptional({ type: ElementProviderRequest, description: 'Required when the provider carries the element out' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ElementProviderRequest)
  provider?: ElementProviderRequest;

  @ApiProperty({ enum: RESPONSIBILITIES, description: 'Who carries it out' })
  @IsIn(RESPONSIBILITIES)
  responsibility!: Responsibility;

  @ApiPropertyOptional({ example: '2027-01-15' })
  @Optional()
  @IsDay()
  startOn?: string;

  @ApiPropertyOptional({ example: '2027-07-15', description: 'Not before startOn' })
  @Optional()
  @IsDay()
  endOn?: string;

  @ApiProperty({ enum: ELEMENT_STATUSES })
  @IsIn(ELEMENT_STATUSES)
  status!: ElementStatus;

  @ApiPropertyOptional({ type: GridReferenceRequest, description: 'The feasibility grid row that proposed it' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => GridReferenceRequest)
  fromGrid?: GridReferenceRequest;
}
