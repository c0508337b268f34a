import { describeErrorCatalogue } from './testing/error-catalogue';
import { DATE_ERRORS } from './dates.errors';

describeErrorCatalogue('the shared date rules', DATE_ERRORS);
