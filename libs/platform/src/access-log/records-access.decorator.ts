import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ACCESS_PURPOSES, PURPOSE_HEADER } from './access-purpose';

/**
 * Where the case read comes from: a path parameter, a query parameter, or the answer itself for a
 * list (each item's `caseId`, in `items` of a page or in a bare array): one record per case shown.
 */
export type CaseIdSource = { param: string } | { query: string } | { answer: 'caseId' };

export interface AccessRecorded {
  what: string;
  from: CaseIdSource;
}

export const ACCESS_RECORDED = 'homeward:access-recorded';

/**
 * On a controller method that reads a case's file or someone's personal data: each successful answer
 * is recorded in the service's access log (who, what, which case, why, when). `what` names what is
 * read (case_file, plan, referral…); the case id is the `caseId` path parameter unless told otherwise.
 */
export const RecordsAccess = (what: string, from: CaseIdSource = { param: 'caseId' }) =>
  applyDecorators(
    SetMetadata(ACCESS_RECORDED, { what, from } satisfies AccessRecorded),
    ApiHeader({
      name: PURPOSE_HEADER,
      required: false,
      enum: [...ACCESS_PURPOSES],
      description: 'Why you read this, recorded in the access log with who you are; by default what your role is for (a case manager: case_management, an auditor: audit…)',
    }),
  );

/** The case ids a successful answer showed, as the decorator says where to find them. */
export function caseIdsOf(from: CaseIdSource, request: { params?: Record<string, unknown>; query?: Record<string, unknown> }, answer: unknown): string[] {
  if ('param' in from) return idOf(request.params?.[from.param]);
  if ('query' in from) return idOf(request.query?.[from.query]);
  const items = Array.isArray(answer) ? answer : (answer as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return [...new Set(items.flatMap((item) => idOf((item as Record<string, unknown> | null)?.caseId)))];
}

const idOf = (value: unknown): string[] => (typeof value === 'string' && value ? [value] : []);
