import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** One page of a list, as every list endpoint answers it. */
export interface Page<T> {
  items: T[];
  /** How many items the whole list holds, for the caller's scope and filters. */
  total: number;
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 50;

/** `limit` and `offset` as every list endpoint reads them; a query DTO extends this. */
export class PageParams {
  @ApiPropertyOptional({ default: DEFAULT_LIMIT, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 100000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  // Far beyond any office's list: a larger offset only makes the store walk the collection.
  @Max(100000)
  offset?: number;
}

/** The page a request asks for, with the defaults filled in. */
export const pageOf = (params: PageParams): { limit: number; offset: number } => ({ limit: params.limit ?? DEFAULT_LIMIT, offset: params.offset ?? 0 });
