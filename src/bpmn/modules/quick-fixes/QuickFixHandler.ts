/**
 * The `gpm.quickFix` command: runs a fix's `apply` in `postExecute`, so every `modeling` call it
 * makes becomes part of this one command — one undo step takes the whole fix back, redo
 * replays it.
 */
import type { QuickFix, QuickFixServices } from './quickFixTypes';

interface Injector {
  get(name: string, strict?: boolean): unknown;
}

/** Context of `gpm.quickFix`. */
export interface QuickFixContext {
  fix: QuickFix<any>;
  plan: unknown;
}

/** The services a fix may use, from the modeler's injector (optional ones may be missing). */
export function quickFixServices(injector: Injector): QuickFixServices {
  return {
    modeling: injector.get('modeling') as QuickFixServices['modeling'],
    elementFactory: injector.get('elementFactory') as QuickFixServices['elementFactory'],
    elementRegistry: injector.get('elementRegistry') as QuickFixServices['elementRegistry'],
    canvas: injector.get('canvas') as QuickFixServices['canvas'],
    selection: injector.get('selection') as QuickFixServices['selection'],
    autoPlace: (injector.get('autoPlace', false) ?? undefined) as QuickFixServices['autoPlace'],
    directEditing: (injector.get('directEditing', false) ?? undefined) as QuickFixServices['directEditing']
  };
}

export class QuickFixHandler {
  static $inject = ['injector'];

  constructor(private readonly injector: Injector) {}

  postExecute(context: QuickFixContext): void {
    context.fix.apply(quickFixServices(this.injector), context.plan);
  }
}
