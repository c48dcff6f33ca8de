import { useShallow } from 'zustand/react/shallow';
import type { Modellart } from '../../../domain/model/gpmAttributes';
import { isProfile } from '../../../linting/profiles';
import { useAppState, useAppStore } from '../../../state/hooks';
import { FINDINGS_TEXTS as T, PROFILE_LABELS, PROFILES } from './texts';

/** Profile choice (follows the variant's Modellart until changed) and the restricted-palette switch. */
export function ProfileControls({ modellart, paletteLevel }: { modellart: Modellart; paletteLevel?: string | null }) {
  const store = useAppStore();
  const { profile, restrict } = useAppState(useShallow((s) => ({ profile: s.lintProfile, restrict: s.restrictPalette })));
  const follows = store.getState().profileForModellart(modellart) === profile;
  return (
    <div className="profile-controls">
      <label className="field">
        {T.profile}
        <select value={profile} onChange={(e) => isProfile(e.target.value) && store.getState().setLintProfile(e.target.value)}>
          {PROFILES.map((p) => (
            <option key={p} value={p}>{PROFILE_LABELS[p]}</option>
          ))}
        </select>
        {follows && <span className="hint">{T.profileFollows(modellart)}</span>}
      </label>
      <label className="check">
        <input type="checkbox" checked={restrict} onChange={(e) => store.getState().setRestrictPalette(e.target.checked)} />
        {T.restrictPalette}
      </label>
      {restrict && <span className="hint">{paletteLevel ? T.restrictPaletteHint(paletteLevel) : T.noRestriction}</span>}
    </div>
  );
}
