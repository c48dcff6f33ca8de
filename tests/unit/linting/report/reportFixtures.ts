import type { Finding } from '../../../../src/domain/model/finding';

/** A finding with defaults, for report tests. */
export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'elementId'>): Finding {
  return {
    category: 'structure',
    severity: 'error',
    elementName: '',
    message: `Befund ${partial.rule}`,
    ...partial
  };
}

export const ruleInfo = (id: string) =>
  ({
    'label-required': { title: 'Elemente sind beschriftet', code: 'MK-NAME-01', category: 'naming' as const },
    'end-event': { title: 'Endereignis vorhanden', code: 'MK-STR-02', category: 'structure' as const },
    'gateway-question': { title: 'XOR-Gateway als Frage', code: 'MK-NAME-06', category: 'naming' as const }
  })[id];
