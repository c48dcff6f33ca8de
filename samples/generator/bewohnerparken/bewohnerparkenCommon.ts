/** Shared facts of the second, smaller service: the residents' parking permit. */

/** Name of the service. */
export const PARKEN_PROCESS = 'Bewohnerparkausweis ausstellen';
/** Plausible 14-digit LeiKa-style key for the residents' parking permit. */
export const PARKEN_KEY = '99082016012000';
/** Politikfeld of the service. */
export const PARKEN_POLITIKFELD = 'Verkehr';
/** The applicant's black-box pool. */
export const APPLICANT = { id: 'Participant_Antragsteller', name: 'Antragsteller/in' };
/** Legal bases of the permit. */
export const PARKEN_RECHTSGRUNDLAGEN = ['§ 45 Abs. 1b Satz 1 Nr. 2a StVO', 'VwV-StVO zu § 45', '§ 1 GebOSt'];
