import { labelSignal } from './labelSignal';
import type { MatchSignal } from './matchSignal';
import { mutualBestSignal } from './mutualBestSignal';
import { neighbourSignal } from './neighbourSignal';
import { positionSignal } from './positionSignal';
import { roleSignal } from './roleSignal';

/** The registered matcher signals: add a signal file and one line here. */
export const MATCH_SIGNALS: readonly MatchSignal[] = [
  labelSignal,
  neighbourSignal,
  roleSignal,
  positionSignal,
  mutualBestSignal
];
