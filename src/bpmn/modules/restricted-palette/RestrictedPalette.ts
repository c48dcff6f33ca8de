/**
 * The `restrictedPalette` service: when switched on for a profile, hides palette, context-pad
 * "append" and replace-menu entries the profile's palette rule does not allow. It filters what
 * bpmn-js offers (registered after bpmn-js's providers); it never changes the model.
 */
import * as ReplaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions';
import {
  CONTEXT_PAD_TARGETS,
  PALETTE_ENTRY_TARGETS,
  filterEntries,
  filterHeaderEntries,
  paletteRestrictionFor,
  type EntryTarget,
  type PaletteRestriction
} from './paletteRestriction';

const LOW_PRIORITY = 200;

interface Palette {
  registerProvider(priority: number, provider: unknown): void;
  _rebuild?(): void;
}
interface PopupMenu {
  registerProvider(id: string, priority: number, provider: unknown): void;
}
interface ContextPad {
  registerProvider(priority: number, provider: unknown): void;
}

type Entries = Record<string, unknown>;

/** Replace-menu action name → what it replaces with, from bpmn-js's replace options. */
function replaceTargets(): Map<string, EntryTarget> {
  const map = new Map<string, EntryTarget>();
  for (const value of Object.values(ReplaceOptions as Record<string, unknown>)) {
    const options = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
    for (const o of options as Array<{ actionName?: string; target?: EntryTarget }>) {
      if (o?.actionName && o.target?.type) map.set(o.actionName, o.target);
    }
  }
  return map;
}

export class RestrictedPalette {
  static $inject = ['palette', 'popupMenu', 'contextPad'];

  private restriction: PaletteRestriction | undefined;
  private readonly replaceTargetByAction = replaceTargets();

  constructor(
    private readonly palette: Palette,
    popupMenu: PopupMenu,
    contextPad: ContextPad
  ) {
    palette.registerProvider(LOW_PRIORITY, this);
    popupMenu.registerProvider('bpmn-replace', LOW_PRIORITY, this);
    contextPad.registerProvider(LOW_PRIORITY, this);
  }

  /** Restrict to what `profile` allows; `null` shows everything again. */
  setProfile(profile: string | null): void {
    this.restriction = profile ? paletteRestrictionFor(profile) : undefined;
    this.palette._rebuild?.();
  }

  /** What `profile` would restrict (without switching), e.g. to name its level in the UI. */
  describe(profile: string): PaletteRestriction | undefined {
    return paletteRestrictionFor(profile);
  }

  /** The active restriction, if any. */
  current(): PaletteRestriction | undefined {
    return this.restriction;
  }

  getPaletteEntries() {
    return (entries: Entries) => filterEntries(entries, (id) => PALETTE_ENTRY_TARGETS[id], this.restriction);
  }

  getContextPadEntries() {
    return (entries: Entries) => filterEntries(entries, (id) => CONTEXT_PAD_TARGETS[id], this.restriction);
  }

  getPopupMenuEntries() {
    return (entries: Entries) => filterEntries(entries, (id) => this.replaceTargetByAction.get(id), this.restriction);
  }

  getPopupMenuHeaderEntries() {
    return (entries: Entries) => filterHeaderEntries(entries, this.restriction);
  }
}
