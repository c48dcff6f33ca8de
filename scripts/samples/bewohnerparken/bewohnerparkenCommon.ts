/** Shared facts of the second, smaller service: the residents' parking permit. */
export const PARKEN_PROCESS = 'Bewohnerparkausweis ausstellen';
/** Plausible 14-digit LeiKa-style key for the residents' parking permit. */
export const PARKEN_KEY = '99082016012000';
export const PARKEN_POLITIKFELD = 'Verkehr';
export const APPLICANT = { id: 'Participant_Antragsteller', name: 'Antragsteller/in' };
export const PARKEN_RECHTSGRUNDLAGEN = ['§ 45 Abs. 1b Satz 1 Nr. 2a StVO', 'VwV-StVO zu § 45', 'GebOSt'];
