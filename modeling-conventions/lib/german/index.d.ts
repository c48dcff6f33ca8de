/** Types of the German label analysis (`modeling-conventions/lib/german`, CommonJS). */

export interface Token {
  text: string;
  raw: string;
  lower: string;
  isWord: boolean;
  capitalized: boolean;
  upper: boolean;
  hasDigit: boolean;
  index: number;
}

export interface LabelIssue {
  code: string;
  detail?: string;
}

export interface ActivityAnalysis {
  normalized: string;
  verb: string | null;
  objects: string[];
  issues: LabelIssue[];
  capitalizedVerb: boolean;
  suggestion: string | null;
}

export interface EventAnalysis {
  normalized: string;
  state: string | null;
  objects: string[];
  issues: LabelIssue[];
}

export interface GatewayAnalysis {
  normalized: string;
  question: boolean;
  yesNo: boolean;
  issues: LabelIssue[];
}

export interface Abbreviation {
  text: string;
  kind: 'acronym' | 'dotted' | 'mixed-case';
}

export interface Findings<A = unknown> {
  issues: LabelIssue[];
  analysis?: A;
}

export type LabelKind = 'activity' | 'event' | 'gateway' | 'other';

export function normalizeLabel(label: string | null | undefined): string;
export function labelCore(normalized: string): string;
export function labelKey(label: string | null | undefined): string;
export function tokenize(normalized: string): Token[];
export function wordTokens(tokens: Token[]): Token[];
export function isInfinitive(word: string): boolean;
export function isParticiple(word: string): boolean;
export function isStateWord(word: string): boolean;
export function isTimeWord(word: string): boolean;
export function glossaryEntry(term: string): { term: string; long: string } | null;
export function analyzeActivityLabel(
  label: string,
  options?: { extraGenericVerbs?: string[]; allowedGenericVerbs?: string[]; requireObject?: boolean }
): ActivityAnalysis;
export function analyzeEventLabel(
  label: string,
  options?: { trigger?: string; requireObject?: boolean; namedTriggers?: string[] }
): EventAnalysis;
export function analyzeGatewayLabel(label: string): GatewayAnalysis;
export function analyzeLaneLabel(label: string): { normalized: string; issues: LabelIssue[] };
export function findAbbreviations(label: string, options?: { glossary?: Record<string, string> | string[] }): Abbreviation[];
export function findEnglishWords(label: string, options?: { ignore?: string[] }): string[];
export function checkLabelForm(
  label: string,
  options?: {
    kind?: LabelKind;
    maxWords?: number;
    maxChars?: number;
    maxWordsOther?: number;
    maxCharsOther?: number;
    checkEnglish?: boolean;
    ignoreWords?: string[];
  }
): LabelIssue[];

export function activityPatternFindings(label: string, params?: Record<string, unknown>): Findings<ActivityAnalysis>;
export function activityStyleFindings(label: string, params?: Record<string, unknown>): Findings<ActivityAnalysis>;
export function eventStateFindings(label: string, params?: Record<string, unknown>): Findings<EventAnalysis>;
export function gatewayQuestionFindings(label: string, params?: Record<string, unknown>): Findings<GatewayAnalysis>;
export function abbreviationFindings(label: string, params?: Record<string, unknown>): Findings;
export function labelFormFindings(label: string, params?: Record<string, unknown>): Findings;
export function laneRoleFindings(label: string): { issues: LabelIssue[]; hints: LabelIssue[] };

export const PATTERN_ISSUES: string[];
export const STYLE_ISSUES: string[];
export const EVENT_ISSUES: string[];
export const GATEWAY_ISSUES: string[];
export const LANE_ISSUES: string[];
export const FORM_ISSUES: string[];
