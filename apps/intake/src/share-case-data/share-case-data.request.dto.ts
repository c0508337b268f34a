import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { DATA_CATEGORIES, SHARING_PURPOSES, type DataCategory, type SharingPurpose } from '@homeward/contracts/intake';

export class ShareCaseDataRequest {
  @ApiProperty({ example: 'sp-clinique-thies', description: 'The organisation named on the consent form' })
  @IsString()
  @Length(1, 64)
  recipientId!: string;

  @ApiProperty({ enum: SHARING_PURPOSES, example: 'data_sharing' })
  @IsIn(SHARING_PURPOSES)
  purpose!: SharingPurpose;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, example: ['identity', 'health'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(DATA_CATEGORIES.length)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories!: DataCategory[];
}
