import type { CommandStack } from '../lint-markers/diagramTypes';
import { QuickFixes } from './QuickFixes';
import { QuickFixHandler } from './QuickFixHandler';

export { QuickFixes, type OfferedFix } from './QuickFixes';

function registerQuickFixCommand(commandStack: CommandStack) {
  commandStack.registerHandler('gpm.quickFix', QuickFixHandler);
}
registerQuickFixCommand.$inject = ['commandStack'];

/** diagram-js module: convention quick fixes as undoable commands (`quickFixes`). */
export const QuickFixesModule = {
  __init__: ['gpmQuickFixCommand', 'quickFixes'],
  gpmQuickFixCommand: ['type', registerQuickFixCommand],
  quickFixes: ['type', QuickFixes]
};
