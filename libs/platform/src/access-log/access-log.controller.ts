import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { AccessRecord } from '@homeward/events';
import { Roles } from '../auth/roles.decorator';
import { pageOf, PageParams, type Page } from '../http/paging';
import type { Infrastructure } from '../infrastructure';
import { INFRASTRUCTURE } from '../tokens';
import { accessPageSchema } from './access-page.schema';
import { RecordsAccess } from './records-access.decorator';

export class AccessLogParams extends PageParams {
  @ApiProperty({ format: 'uuid', description: 'The case whose readers are listed' })
  @IsUUID()
  caseId!: string;
}

/** Who read a case in this service: for auditors (and admins), and itself recorded. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/access')
export class AccessLogController {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  @Get()
  @Roles('auditor', 'admin')
  @RecordsAccess('access_log', { query: 'caseId' })
  @ApiOkResponse({ description: "One page of the reads of the case in this service, newest first: when, who (user, role, a provider's organisation), what, why", schema: accessPageSchema })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED: the access log is for auditors and admins' })
  async list(@Query() params: AccessLogParams): Promise<Page<AccessRecord>> {
    const page = pageOf(params);
    return { ...(await this.infra.accessLog.listForCase(params.caseId, page)), ...page };
  }
}
