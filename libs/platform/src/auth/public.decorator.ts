import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'homeward:public';
/** Only health and metrics: everything else needs a bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
