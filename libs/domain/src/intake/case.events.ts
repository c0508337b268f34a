/** Events of a returnee's case in intake. Names and contact sit under `personal`. */
export interface ReturneeRegistered {
  type: 'intake.ReturneeRegistered';
  data: {
    caseId: string;
    returneeId: string;
    sex: Sex;
    nationality: string;
    languages: string[];
    personal: {
      firstName: string;
      lastName: string;
      dateOfBirth: string;
      phone?: string;
    };
  };
}

export interface CaseOpened {
  type: 'intake.CaseOpened';
  data: {
    caseId: string;
    returneeId: string;
    hostCountry: string;
    countryOfOrigin: string;
    plannedReturnDate: string;
    caseManagerId: string;
    openedAt: string;
  };
}

export type CaseEvent = ReturneeRegistered | CaseOpened;

export const SEXES = ['female', 'male', 'intersex', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];
