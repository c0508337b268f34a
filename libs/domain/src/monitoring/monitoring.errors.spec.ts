import { describeErrorCatalogue } from '../shared/testing/error-catalogue';
import { MONITORING_ERRORS } from './monitoring.errors';

describeErrorCatalogue('monitoring', MONITORING_ERRORS);
