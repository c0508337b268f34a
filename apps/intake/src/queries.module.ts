import { Module } from '@nestjs/common';
import { CaseFileController } from './case-file/case-file.http.controller';
import { GetCaseFileHandler } from './case-file/get-case-file.query';
import { IndividualFactorsHandler } from './case-file/individual-factors.query';
import { CaseloadController } from './caseload/caseload.http.controller';
import { CaseloadHandler } from './caseload/caseload.query';
import { CaseConsentsHandler } from './consent-register/case-consents.query';
import { CheckConsentHandler } from './consent-register/check-consent.query';
import { ConsentRegisterController } from './consent-register/consent-register.http.controller';
import { IncomingCasesController } from './incoming-cases/incoming-cases.http.controller';
import { IncomingCasesHandler } from './incoming-cases/incoming-cases.query';
import { SearchReturneesController } from './returnee-search/search-returnees.http.controller';
import { SearchReturneesHandler } from './returnee-search/search-returnees.query';
import { UrgentCasesController } from './urgent-cases/urgent-cases.http.controller';
import { UrgentCasesHandler } from './urgent-cases/urgent-cases.query';

/** Intake's read side: query endpoints over its read models. */
@Module({
  controllers: [CaseFileController, CaseloadController, IncomingCasesController, UrgentCasesController, ConsentRegisterController, SearchReturneesController],
  providers: [GetCaseFileHandler, IndividualFactorsHandler, CaseloadHandler, IncomingCasesHandler, UrgentCasesHandler, CheckConsentHandler, CaseConsentsHandler, SearchReturneesHandler],
})
export class IntakeQueriesModule {}
