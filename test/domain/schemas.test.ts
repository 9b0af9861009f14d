import { describe, expect, it } from 'vitest';
import { newActionItemFields } from '../../src/domain/action-item';
import { newInnovationFields } from '../../src/domain/innovation';
import { newSessionFields } from '../../src/domain/session';
import { defaultStageProgress } from '../../src/domain/stage-progress';
import { DATE_FIELDS, FIELD_NAMES, VALIDATORS } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';

const sorted = (names: readonly string[]) => [...names].sort();

describe('field lists read off the schemas', () => {
  it('name every field a new record is made with', () => {
    expect(sorted(FIELD_NAMES.units)).toEqual(sorted(Object.keys(newUnitFields({ name: '', kind: 'opd' }))));
    expect(sorted(FIELD_NAMES.innovations)).toEqual(
      sorted(Object.keys(newInnovationFields({ unitId: '', name: '' }))),
    );
    expect(sorted(FIELD_NAMES.stageProgress)).toEqual(
      sorted(Object.keys(defaultStageProgress('', 'drumUp', () => ''))),
    );
    expect(sorted(FIELD_NAMES.mentoringSessions)).toEqual(
      sorted(Object.keys(newSessionFields({ unitId: '', date: '' }))),
    );
    expect(sorted(FIELD_NAMES.actionItems)).toEqual(
      sorted(Object.keys(newActionItemFields({ unitId: '', text: '' }))),
    );
    expect(sorted(FIELD_NAMES.targets)).toEqual(['notes', 'onePerAgency', 'proposalTarget', 'year']);
  });

  it('name every server-written conflict field, while a client may change only `resolved`', () => {
    expect(sorted(FIELD_NAMES.conflicts)).toEqual([
      'field',
      'kind',
      'losingClientId',
      'losingHlc',
      'losingValue',
      'recordId',
      'resolved',
      'table',
      'unitId',
      'winningValue',
    ]);
    expect(VALIDATORS.conflicts({ resolved: true })).toEqual([]);
    expect(VALIDATORS.conflicts({ field: 'name' })).toEqual([{ field: 'field', code: 'invalidChoice' }]);
  });

  it('know which fields hold dates', () => {
    expect(sorted([...DATE_FIELDS])).toEqual([
      'date',
      'doneDate',
      'dueDate',
      'endDate',
      'implementationDate',
      'nextVisitDate',
      'startDate',
      'trialDate',
    ]);
  });
});
