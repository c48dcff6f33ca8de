import { parkenIstCharlottenburgWilmersdorf } from './bewohnerparken/bewohnerparkenIstCharlottenburgWilmersdorf';
import { parkenIstFriedrichshainKreuzberg } from './bewohnerparken/bewohnerparkenIstFriedrichshainKreuzberg';
import type { SampleDefinition } from './sampleDefinition';
import { wohngeldIstMarzahnHellersdorf } from './wohngeld/wohngeldIstMarzahnHellersdorf';
import { wohngeldIstMitte } from './wohngeld/wohngeldIstMitte';
import { wohngeldIstNeukoelln } from './wohngeld/wohngeldIstNeukoelln';
import { wohngeldIstPankow } from './wohngeld/wohngeldIstPankow';
import { wohngeldIstSpandau } from './wohngeld/wohngeldIstSpandau';
import { wohngeldIstSteglitzZehlendorf } from './wohngeld/wohngeldIstSteglitzZehlendorf';
import { wohngeldSoll } from './wohngeld/wohngeldSoll';

/** Every sample, in the order `samples/index.json` lists them (SOLL first, then IST by district). */
export const ALL_SAMPLES: SampleDefinition[] = [
  wohngeldSoll,
  wohngeldIstMarzahnHellersdorf,
  wohngeldIstMitte,
  wohngeldIstNeukoelln,
  wohngeldIstPankow,
  wohngeldIstSpandau,
  wohngeldIstSteglitzZehlendorf,
  parkenIstCharlottenburgWilmersdorf,
  parkenIstFriedrichshainKreuzberg
];
