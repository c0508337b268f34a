import { afterCommands, command, given, NOW, requested, TODAY } from './testing/referral-fixtures';

const record = (unmetNeedId = 'u-1', over: { sourceId?: string; area?: string } = { sourceId: 'e-legal', area: 'SN-DK' }) =>
  command('RecordUnmetNeed', { unmetNeedId, serviceType: 'legal_aid', country: 'SN', source: 'plan_element', ...over });
const recorded = () => afterCommands([], record());

describe('When no service exists, the need is recorded and tracked until met or closed (handbook 2.3.2)', () => {
  it('records its type, place, source and day', () => {
    given([]).when(record()).then([
      { type: 'referrals.UnmetNeedRecorded', data: { caseId: 'c-1', unmetNeedId: 'u-1', serviceType: 'legal_aid', country: 'SN', area: 'SN-DK', source: 'plan_element', sourceId: 'e-legal', recordedOn: TODAY, recordedAt: NOW } },
    ]);
  });

  it('the same plan element recorded again while its need is open changes nothing; an id is used once', () => {
    given(recorded()).when(record('u-2')).thenNothing();
    given(recorded()).when(record('u-1', {})).thenThrows('UNMET_NEED_ALREADY_RECORDED', { field: 'unmetNeedId' });
    given(recorded()).when(record('u-2', {})).thenMatches([{ data: { unmetNeedId: 'u-2' } }]);
  });

  it('is met, by the referral that met it if there is one', () => {
    const withReferral = afterCommands(requested(), record());
    given(withReferral).when(command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', referralId: 'r-tvet', metOn: TODAY })).then([
      { type: 'referrals.UnmetNeedMet', data: { caseId: 'c-1', unmetNeedId: 'u-1', referralId: 'r-tvet', metOn: TODAY, recordedAt: NOW } },
    ]);
    given(recorded()).when(command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', referralId: 'r-none', metOn: TODAY })).thenThrows('REFERRAL_NOT_FOUND');
    given(recorded()).when(command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', metOn: '2027-02-01' })).thenThrows('FACT_IN_FUTURE');
  });

  it('or closed, with the reason', () => {
    given(recorded()).when(command('CloseUnmetNeed', { unmetNeedId: 'u-1', reason: 'relocated', note: 'Moved to Thiès' })).then([
      { type: 'referrals.UnmetNeedClosed', data: { caseId: 'c-1', unmetNeedId: 'u-1', reason: 'relocated', closedAt: NOW, personal: { note: 'Moved to Thiès' } } },
    ]);
  });

  it('a need met or closed is not met or closed again; an unknown one is 404', () => {
    const closed = afterCommands(recorded(), command('CloseUnmetNeed', { unmetNeedId: 'u-1', reason: 'other' }));
    given(closed).when(command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', metOn: TODAY })).thenThrows('UNMET_NEED_NOT_OPEN');
    given(closed).when(command('CloseUnmetNeed', { unmetNeedId: 'u-1', reason: 'other' })).thenThrows('UNMET_NEED_NOT_OPEN');
    given([]).when(command('CloseUnmetNeed', { unmetNeedId: 'u-9', reason: 'other' })).thenThrows('UNMET_NEED_NOT_FOUND', { field: 'unmetNeedId' });
  });

  it('once met, the same element unmet again is a new need', () => {
    const met = afterCommands(recorded(), command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', metOn: TODAY }));
    given(met).when(record('u-2')).thenMatches([{ type: 'referrals.UnmetNeedRecorded', data: { unmetNeedId: 'u-2' } }]);
  });
});
