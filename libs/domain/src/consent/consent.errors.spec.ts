import { describeErrorCatalogue } from '../shared/testing/error-catalogue';
import { CONSENT_ERRORS } from './consent.errors';

describeErrorCatalogue('consent', CONSENT_ERRORS);
