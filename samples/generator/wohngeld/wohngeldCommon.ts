/**
 * Shared facts of the Wohngeld scenario: the service, its LeiKa-style key, the legal bases and
 * the (illustrative) IT systems the districts name.
 */

/** Name of the service, shared by all its variants. */
export const WOHNGELD_PROCESS = 'Wohngeld bewilligen';
/** Plausible 14-digit LeiKa-style key: object 99107001 (Wohngeld), action 012 (Bewilligung). */
export const WOHNGELD_KEY = '99107001012000';
/** Politikfeld of the service. */
export const WOHNGELD_POLITIKFELD = 'Wohnen';
/** The applicant's black-box pool. */
export const APPLICANT = { id: 'Participant_Antragsteller', name: 'Antragsteller/in' };

/** IT systems as the districts call them (names are illustrative). */
export const IT = {
  fachverfahren: 'Fachverfahren Wohngeld',
  eakte: 'E-Akte Berlin',
  portal: 'Service-Portal Berlin',
  scan: 'Scan-Dienst',
  mail: 'E-Mail',
  excel: 'Excel-Fristenliste',
  word: 'Textverarbeitung',
  kasse: 'ProFiskal',
  melderegister: 'Melderegister-Auskunft'
} as const;
