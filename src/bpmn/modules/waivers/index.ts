import type { CommandStack } from '../lint-markers/diagramTypes';
import { GpmWaivers } from './GpmWaivers';
import { AddWaiverHandler, RemoveWaiverHandler } from './waiverCommands';

export { GpmWaivers } from './GpmWaivers';

function registerWaiverCommands(commandStack: CommandStack) {
  commandStack.registerHandler('gpm.waiver.add', AddWaiverHandler);
  commandStack.registerHandler('gpm.waiver.remove', RemoveWaiverHandler);
}
registerWaiverCommands.$inject = ['commandStack'];

/** diagram-js module: waivers (`gpm:waiver`) as undoable commands (`gpmWaivers`). */
export const WaiversModule = {
  __init__: ['gpmWaiverCommands', 'gpmWaivers'],
  gpmWaiverCommands: ['type', registerWaiverCommands],
  gpmWaivers: ['type', GpmWaivers]
};
