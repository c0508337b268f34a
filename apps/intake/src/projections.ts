import type { Projection } from '@homeward/events';
import { caseFileProjection } from './case-file/case-file.projection';
import { caseloadProjection } from './caseload/caseload.projection';
import { consentRegisterProjection } from './consent-register/consent-register.projection';
import { returneeIndexProjection } from './returnee-search/returnee-index.projection';
import { urgentCasesProjection } from './urgent-cases/urgent-cases.projection';

/** Every read model intake keeps; all of them can be dropped and rebuilt from the case streams. */
export const intakeProjections: Projection[] = [
  caseFileProjection,
  caseloadProjection,
  urgentCasesProjection,
  consentRegisterProjection,
  returneeIndexProjection,
];
