import { applyDecorators, Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MONITORING_REPORTS, type MonitoringReport } from '@homeward/contracts/monitoring';
import { badRequest } from '@homeward/platform';

/** Ids as monitoring's events hold them: the schedule's (`p1-m3`, `rss-2`), a case manager's, or a UUID the service mints. */
export const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const RULE = { en: 'must be an id: up to 64 letters, digits, dots, hyphens or underscores', fr: "doit être un identifiant : jusqu'à 64 lettres, chiffres, points, traits d'union ou tirets bas" };

export const IsReference = (options: { each?: boolean } = {}) => Matches(REFERENCE, { ...options, message: `$property ${RULE.en}`, context: { fr: RULE.fr } });

/** A follow-up's id in the path: anything else is a 400 naming it, before a stream is read. */
export const FollowUpIdParam = () =>
  Param('followUpId', {
    transform: (value: string): string => {
      if (!REFERENCE.test(value)) throw badRequest([{ field: 'followUpId', message: `followUpId ${RULE.en}`, fr: RULE.fr }]);
      return value;
    },
  });

export const ApiFollowUpIdParam = () =>
  applyDecorators(ApiParam({ name: 'followUpId', schema: { type: 'string', pattern: REFERENCE.source }, description: 'As the schedule lists it' }));

const REPORT_RULE = { en: `must be one of ${MONITORING_REPORTS.join(', ')}`, fr: `doit être l'un de ${MONITORING_REPORTS.join(', ')}` };

/** A monitoring report named in the path (`mid_term`, `final`): anything else is a 400 naming it, before a stream is read. */
export const ReportParam = () =>
  Param('report', {
    transform: (value: string): MonitoringReport => {
      if (!(MONITORING_REPORTS as readonly string[]).includes(value)) throw badRequest([{ field: 'report', message: `report ${REPORT_RULE.en}`, fr: REPORT_RULE.fr }]);
      return value as MonitoringReport;
    },
  });

export const ApiReportParam = () => applyDecorators(ApiParam({ name: 'report', enum: MONITORING_REPORTS, description: 'The mid-term or the final monitoring report' }));
