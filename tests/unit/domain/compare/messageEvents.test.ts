import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../../src/domain/compare/compareVariants';
import { messageDirection } from '../../../../src/domain/compare/matching/matchable';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import type { MatchResult } from '../../../../src/domain/compare/matching/matchTypes';
import { analyzeLabel } from '../../../../src/domain/compare/text/analyzeLabel';
import { defaultLexicon } from '../../../../src/domain/compare/text/lexicon';
import { messageEventAnalysis } from '../../../../src/domain/compare/text/messageEventLabel';
import { matrixCsv } from '../../../../src/domain/compare/export/matrixCsv';
import { proposeSoll } from '../../../../src/domain/compare/soll/proposeSoll';
import { sideBySide } from '../../../../src/domain/compare/views/sideBySide';
import { buildStepMatrix } from '../../../../src/domain/compare/views/stepMatrix';
import { linearGraph, variant } from './graphFixture';

const lexicon = defaultLexicon();
const terms = (label: string, direction: 'receive' | 'send', language: 'de' | 'en' = 'de') =>
  messageEventAnalysis(analyzeLabel(label, language, lexicon), direction, lexicon).terms.map((t) => `${t.stem}${t.action ? '*' : ''}`);
const groups = (r: MatchResult) => r.steps.map((s) => s.members.map((m) => `${m.variantId}:${m.label}${m.event ? ' (E)' : ''}`).sort().join(' | ')).sort();

describe('message events in matching', () => {
  it('given events of every kind, when asked for their direction, then only labelled, free-standing message events should count', () => {
    const g = linearGraph('X', [
      { label: 'Antrag eingegangen', event: 'messageStart' },
      { label: 'Unterlagen eingegangen', event: 'messageCatch' },
      { label: 'Rückfrage gesendet', event: 'messageThrow' },
      { label: 'Zwei Wochen', event: 'timer' },
      { label: '', event: 'messageCatch' },
      { label: 'Bescheid versandt', event: 'messageEnd' }
    ]);
    const byLabel = (label: string, kind = 'intermediateEvent') => g.nodes.find((n) => n.name === label && n.kind === kind)!;
    expect(messageDirection(byLabel('Antrag eingegangen', 'startEvent'))).toBe('receive');
    expect(messageDirection(byLabel('Unterlagen eingegangen'))).toBe('receive');
    expect(messageDirection(byLabel('Rückfrage gesendet'))).toBe('send');
    expect(messageDirection(byLabel('Bescheid versandt', 'endEvent'))).toBe('send');
    expect(messageDirection(byLabel('Zwei Wochen'))).toBeUndefined();
    expect(messageDirection(byLabel(''))).toBeUndefined();
    const boundary = { ...byLabel('Unterlagen eingegangen'), kind: 'boundaryEvent' as const, attachedToId: 'T1' };
    expect(messageDirection(boundary)).toBeUndefined();
    expect(messageDirection(g.nodes.find((n) => n.kind === 'task') ?? byLabel('Zwei Wochen'))).toBeUndefined();
  });

  it('given an event label naming a state, when analysed, then the implied receiving or sending should be its action', () => {
    // "Accepted" = receive + {accept}; "Zahlung veranlasst" = receive + {Zahlung, veranlassen}
    expect(terms('Accepted', 'receive', 'en')).toEqual(['receiv*', 'accept']);
    expect(terms('Zahlung veranlasst', 'receive')).toEqual(['empfang*', 'zahl', 'veranlass']);
    // a label that already says it keeps its words, the saying word read as the direction's verb
    expect(terms('Documents received', 'receive', 'en')).toEqual(['document', 'receiv*']);
    expect(terms('Antrag eingegangen', 'receive')).toEqual(['antrag', 'empfang*']);
    expect(terms('Antrag erhalten', 'receive')).toEqual(['antrag', 'empfang*']);
    expect(terms('Bescheid versandt', 'send')).toEqual(['bescheid', 'versend*']);
    // a thesaurus neighbour is not enough to be the action: "abgegeben" stays an object
    expect(terms('Antrag abgegeben', 'receive')).toEqual(['empfang*', 'antrag', 'abgeb']);
  });

  it('given one district starting with a message event where another has a task, when matched, then the event should join that step', () => {
    const mitte = variant('Mitte', ['Antrag entgegennehmen', 'Antrag prüfen', 'Bescheid versenden']);
    const pankow = variant('Pankow', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen', { label: 'Bescheid versandt', event: 'messageEnd' }]);
    const r = matchVariants([mitte, pankow]);
    expect(groups(r)).toEqual([
      'Mitte:Antrag entgegennehmen | Pankow:Antrag eingegangen (E)',
      'Mitte:Antrag prüfen | Pankow:Antrag prüfen',
      'Mitte:Bescheid versenden | Pankow:Bescheid versandt (E)'
    ]);
    // the step is named after the task, not the event
    expect(r.steps.find((s) => s.members.some((m) => m.event === 'receive'))!.name).toBe('Antrag entgegennehmen');
    expect(r.steps.find((s) => s.members.some((m) => m.event === 'send'))!.members.find((m) => m.event)!.event).toBe('send');
  });

  it('given message events that only meet each other, when matched, then they should form no step', () => {
    const a = variant('A', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen']);
    const b = variant('B', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen']);
    expect(groups(matchVariants([a, b]))).toEqual(['A:Antrag prüfen | B:Antrag prüfen']);
  });

  it('given a district with both the event and the task for one step, when matched, then its task should stand for the step and the event stay out', () => {
    const a = variant('A', ['Antrag annehmen', 'Antrag prüfen']);
    const b = variant('B', [{ label: 'Antrag angenommen', event: 'messageStart' }, 'Antrag annehmen', 'Antrag prüfen']);
    const c = variant('C', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen']);
    const g = groups(matchVariants([a, b, c]));
    expect(g).toContain('A:Antrag annehmen | B:Antrag annehmen | C:Antrag eingegangen (E)');
    expect(g.join('\n')).not.toContain('Antrag angenommen');
  });

  it('given a district that receives the same message on two branches, when matched, then both events should join the step', () => {
    const a = variant('A', ['Zusage erhalten', 'Einschreiben']);
    const b = variant('B', [{ label: 'Zusage erhalten', event: 'messageCatch' }, 'Einschreiben', { label: 'Zusage erhalten', event: 'messageCatch' }]);
    const step = matchVariants([a, b]).steps.find((s) => s.members.some((m) => m.label === 'Zusage erhalten' && m.variantId === 'A'))!;
    expect(step.members.filter((m) => m.variantId === 'B' && m.event)).toHaveLength(2);
  });

  it('given a SOLL with a task and a district with the event for it, when compared, then the step should be covered and no event should be an extra step', () => {
    const soll = variant('SOLL', ['Antrag entgegennehmen', 'Antrag prüfen', 'Bescheid versenden'], { modellart: 'SOLL' });
    const ist = variant('Pankow', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen', { label: 'Akte ergänzt', event: 'messageEnd' }]);
    const r = compareVariants([soll, ist], { sollId: 'SOLL' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = r.value.deviations.find((d) => d.variantId === 'Pankow')!;
    expect(report.deviations.filter((d) => d.kind === 'missing').map((d) => d.stepName)).toEqual(['Bescheid versenden']);
    expect(report.deviations.filter((d) => d.kind === 'extra')).toEqual([]);
    expect(report.coveredCount).toBe(2);
  });

  it('given a SOLL that only receives as an event, when compared, then that event should be no SOLL step a district can miss', () => {
    const soll = variant('SOLL', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen'], { modellart: 'SOLL' });
    const withTask = variant('Mitte', ['Antrag entgegennehmen', 'Antrag prüfen']);
    const without = variant('Spandau', ['Antrag prüfen']);
    const r = compareVariants([soll, withTask, without], { sollId: 'SOLL' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const report of r.value.deviations) {
      expect(report.sollStepCount).toBe(1);
      expect(report.deviations.filter((d) => d.kind === 'missing' || d.kind === 'extra')).toEqual([]);
    }
  });

  it('given a step a district has only as an event, when shown in the matrix, side by side and the CSV, then the cell should say so', () => {
    const mitte = variant('Mitte', ['Antrag entgegennehmen', 'Antrag prüfen']);
    const pankow = variant('Pankow', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen']);
    const r = matchVariants([mitte, pankow]);
    const matrix = buildStepMatrix(r, [mitte, pankow]);
    const row = matrix.rows.find((x) => x.name === 'Antrag entgegennehmen')!;
    const pankowColumn = matrix.columns.findIndex((c) => c.variantId === 'Pankow');
    expect(row.cells[pankowColumn]!.event).toBe('receive');
    expect(row.cells[1 - pankowColumn]!.event).toBeUndefined();
    expect(matrixCsv(matrix)).toContain('Antrag eingegangen (Nachrichtenereignis)');
    const sides = sideBySide(r, [mitte, pankow], 'Mitte', 'Pankow');
    expect(sides.right.map((e) => e.label)).toEqual(['Antrag eingegangen', 'Antrag prüfen']);
    expect(sides.counts.onlyLeft + sides.counts.onlyRight).toBe(0);
  });
});

describe('message events in the SOLL proposal', () => {
  it('given districts that only receive a message where others work, when a SOLL is proposed, then only the working districts should support the step', () => {
    const a = variant('A', ['Antrag entgegennehmen', 'Antrag prüfen', 'Bescheid versenden']);
    const b = variant('B', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen', 'Bescheid versenden']);
    const c = variant('C', [{ label: 'Antrag eingegangen', event: 'messageStart' }, 'Antrag prüfen', 'Bescheid versenden']);
    const result = matchVariants([a, b, c]);
    // the matrix shows the receipt in all three districts …
    expect(result.steps.find((s) => s.name === 'Antrag entgegennehmen')!.support).toBe(3);
    // … but only A does work for it: with a majority of 2, the proposal has no receipt task
    const proposal = proposeSoll(result, [a, b, c]);
    expect(proposal.support.map((s) => s.name)).toEqual(['Antrag prüfen', 'Bescheid versenden']);
    const all = proposeSoll(result, [a, b, c], { minSupport: 1 });
    expect(all.support.find((s) => s.name === 'Antrag entgegennehmen')!.variantIds).toEqual(['A']);
  });
});
