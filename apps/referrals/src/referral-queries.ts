import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import { DirectoryController } from './directory/directory.http.controller';
import { directoryProjection } from './directory/directory.projection';
import { GetProviderHandler } from './directory/get-provider.query';
import { SearchDirectoryHandler } from './directory/search-directory.query';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [directoryProjection as Projection];
export const referralQueryControllers: Type[] = [DirectoryController];
export const referralQueryHandlers: Type[] = [SearchDirectoryHandler, GetProviderHandler];
