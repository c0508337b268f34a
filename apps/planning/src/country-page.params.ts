import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCountry, PageParams } from '@homeward/platform';

/** A page of one of planning's lists, narrowed to one of the caller's countries if asked (the controller checks the scope). */
export class CountryPageParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only those of this country: the country of the office holding the plan, or of the grid' })
  @IsOptional()
  @IsCountry()
  country?: string;
}
