import { GpmPropertiesProvider } from './GpmPropertiesProvider';
import { UpdateGpmInfoHandler } from './UpdateGpmInfoHandler';

interface CommandStack {
  registerHandler(name: string, handler: unknown): void;
}

function registerGpmCommands(commandStack: CommandStack) {
  commandStack.registerHandler('gpm.updateInfo', UpdateGpmInfoHandler);
}
registerGpmCommands.$inject = ['commandStack'];

/** diagram-js module: `gpm:` attribute editing in the properties panel (undoable). */
export const GpmPropertiesModule = {
  __init__: ['gpmPropertiesProvider', 'gpmCommands'],
  gpmPropertiesProvider: ['type', GpmPropertiesProvider],
  gpmCommands: ['type', registerGpmCommands]
};
