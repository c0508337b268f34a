import type { CommandMetadata } from '../shared/command-metadata';
import type { Sex } from './case.events';

export interface RegisterReturnee {
  type: 'RegisterReturnee';
  data: {
    caseId: string;
    returneeId: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    sex: Sex;
    nationality: string;
    languages: string[];
    phone?: string;
    hostCountry: string;
    countryOfOrigin: string;
    plannedReturnDate: string;
  };
  metadata: CommandMetadata;
}

export type CaseCommand = RegisterReturnee;
