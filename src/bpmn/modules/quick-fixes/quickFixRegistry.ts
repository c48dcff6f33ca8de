/**
 * Every quick fix, one line each. A new fix: a file implementing `QuickFix`, a line here, and
 * its id in the rule's catalog record (`quickFix`) — or `alsoForRules` in the fix.
 */
import { addEndEvent } from './addEndEvent';
import { addQuestionMark } from './addQuestionMark';
import { addStartEvent } from './addStartEvent';
import { labelPlaceholder } from './labelPlaceholder';
import { labelYesNo } from './labelYesNo';
import type { QuickFix } from './quickFixTypes';

export const QUICK_FIXES: readonly QuickFix<any>[] = [
  addEndEvent,
  addStartEvent,
  addQuestionMark,
  labelYesNo,
  labelPlaceholder
];
