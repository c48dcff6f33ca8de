import type { ActivityAttributes, Medium, Modellart, ModelStatus, ProcessAttributes, Waiver } from '../../domain/model/gpmAttributes';
import { MEDIA, MODEL_STATUSES } from '../../domain/model/gpmAttributes';
import type { ModdleElement } from '../moddle';
import { getAllGpm, getGpm } from './gpmExtension';

/** Split a list attribute ("A; B, C") into trimmed, non-empty items. */
export function splitList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const items = value.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Normalise free text to a status value ("In Prüfung" → in_pruefung). */
export function toStatus(v: unknown): ModelStatus | undefined {
  const s = str(v)?.toLowerCase().replace('ü', 'ue').replace(/\s+/g, '_');
  return MODEL_STATUSES.find((x) => x === s);
}

export function toModellart(v: unknown): Modellart | undefined {
  const s = str(v)?.toUpperCase();
  return s === 'IST' || s === 'SOLL' ? s : undefined;
}

/** Process attributes from `gpm:processInfo` on a process, collaboration or participant. */
export function readProcessAttributes(element: ModdleElement): ProcessAttributes | undefined {
  const info = getGpm(element, 'gpm:ProcessInfo');
  if (!info) return undefined;
  const rg = ((info.rechtsgrundlagen as ModdleElement[] | undefined) ?? [])
    .map((r) => str(r.text))
    .filter((t): t is string => !!t);
  const a: ProcessAttributes = {
    prozessschluessel: str(info.prozessschluessel),
    politikfeld: str(info.politikfeld),
    organisationseinheit: str(info.organisationseinheit),
    modellart: toModellart(info.modellart),
    status: toStatus(info.status),
    version: str(info.version),
    prozessverantwortlich: str(info.prozessverantwortlich),
    prozessmanager: str(info.prozessmanager),
    fallzahlProJahr: num(info.fallzahlProJahr),
    stand: str(info.stand),
    freigegebenVon: str(info.freigegebenVon),
    freigegebenAm: str(info.freigegebenAm),
    gueltigBis: str(info.gueltigBis),
    wiedervorlageAm: str(info.wiedervorlageAm),
    istModellRef: str(info.istModellRef),
    ausloeser: str(info.ausloeser),
    ergebnis: str(info.ergebnis),
    fimTyp: str(info.fimTyp),
    rechtsgrundlagen: rg.length ? rg : undefined
  };
  return dropUndefined(a);
}

/** Activity attributes from `gpm:activityInfo`. */
export function readActivityAttributes(element: ModdleElement): ActivityAttributes | undefined {
  const info = getGpm(element, 'gpm:ActivityInfo');
  if (!info) return undefined;
  const medium = str(info.medium)?.toLowerCase();
  const a: ActivityAttributes = {
    rolle: str(info.rolle),
    itSysteme: splitList(info.itSysteme),
    ohneIT: info.ohneIT === true ? true : undefined,
    medium: MEDIA.includes(medium as Medium) ? (medium as Medium) : undefined,
    bearbeitungszeit: num(info.bearbeitungszeit),
    liegezeit: num(info.liegezeit),
    rechtsgrundlage: str(info.rechtsgrundlage),
    medienbruchBegruendung: str(info.medienbruchBegruendung),
    automatisierung: str(info.automatisierung),
    onceOnlyGeprueft: info.onceOnlyGeprueft === true ? true : undefined,
    dokumente: splitList(info.dokumente)
  };
  return dropUndefined(a);
}

/** Branch probability (percent) from `gpm:flowInfo`. */
export function readFlowProbability(element: ModdleElement): number | undefined {
  const info = getGpm(element, 'gpm:FlowInfo');
  return info ? num(info.wahrscheinlichkeit) : undefined;
}

/** Waivers stored on an element. */
export function readWaivers(element: ModdleElement): Waiver[] {
  return getAllGpm(element, 'gpm:Waiver')
    .map((w) => dropUndefined({ rule: str(w.rule) ?? '', reason: str(w.reason) ?? '', author: str(w.author), createdAt: str(w.createdAt) }))
    .filter((w) => w.rule !== '');
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}
