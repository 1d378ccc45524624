import { describe, expect, it } from 'vitest';
import { example } from '../../test/examples.js';
import type { MappedEvent } from './mapping.js';
import { supportPlanMapping } from './support-plan.js';

const eventsOf = (record: Record<string, unknown>): readonly MappedEvent[] => {
  const mapped = supportPlanMapping.events(record, '1.1.0');
  if (!('events' in mapped)) throw new Error(`skipped: ${mapped.skipped}`);
  return mapped.events;
};
const DNH_INDIVIDUAL = { notHeld: 'individual-level' };
const DNH_SYSTEM = { notHeld: 'system-level' };

describe('support plan → Service events', () => {
  it('a row for each arrangement the council pays for, none for the person’s own, their network’s or unpaid ones', () => {
    const events = eventsOf(example('support-plan', 'complete-direct-payment'));
    expect(events.map((e) => e.id)).toEqual(['CSP-2026-00017/arr-4']);
    expect(eventsOf(example('support-plan', 'complete-managed-budget')).map((e) => e.id)).toEqual(['CSP-2026-00029/arr-2', 'CSP-2026-00029/arr-5', 'CSP-2026-00029/arr-6']);
  });

  it('paid support by direct payment: Long Term Support: Community, component and mechanism Direct Payment, active from the agreement, no end', () => {
    const [event] = eventsOf(example('support-plan', 'complete-direct-payment'));
    expect(event).toMatchObject({ eventType: 'Service', clientType: 'Service User', periodRule: 'active', start: '2026-03-24', end: undefined });
    expect(event!.fields).toEqual({
      Event_Outcome: DNH_INDIVIDUAL,
      Service_Type: 'Long Term Support: Community',
      Service_Component: 'Direct Payment',
      Delivery_Mechanism: 'Direct Payment',
      Unit_Cost: DNH_SYSTEM,
      'Cost_Frequency_(Unit_Type)': DNH_SYSTEM,
      Planned_units_per_week: DNH_SYSTEM,
    });
  });

  it('a council-managed budget: CASSR Managed Personal Budget, and the setting and kind of paid support not held (a plan does not say them)', () => {
    const [event] = eventsOf(example('support-plan', 'complete-managed-budget'));
    expect(event!.fields).toMatchObject({ Delivery_Mechanism: 'CASSR Managed Personal Budget', Service_Type: DNH_INDIVIDUAL, Service_Component: DNH_INDIVIDUAL });
  });

  it('reablement the council pays for: Short Term Support: ST-Max, Reablement, CASSR Commissioned support', () => {
    const record = example('support-plan', 'complete-managed-budget');
    record.needsToBeMet[0].arrangements[0] = { id: 'arr-r', by: 'reablement', fundedBy: 'council' };
    expect(eventsOf(record)[0]!.fields).toMatchObject({ Service_Type: 'Short Term Support: ST-Max', Service_Component: 'Reablement', Delivery_Mechanism: 'CASSR Commissioned support' });
  });

  it('equipment the council pays for: component Equipment', () => {
    const record = example('support-plan', 'complete-managed-budget');
    record.needsToBeMet[0].arrangements[0] = { id: 'arr-e', by: 'technology-or-equipment', fundedBy: 'council' };
    expect(eventsOf(record)[0]!.fields).toMatchObject({ Service_Component: 'Equipment', Service_Type: DNH_INDIVIDUAL });
  });

  it('a mixed budget: Direct Payment for the needs the direct payment covers, not held for the rest', () => {
    const record = example('support-plan', 'complete-managed-budget');
    record.personalBudget.howTaken = 'mixed';
    record.personalBudget.directPayment = { needIds: [record.needsToBeMet[0].needId], amount: 100, frequency: 'week' };
    const mechanisms = eventsOf(record).map((e) => [record.needsToBeMet.find((n: any) => n.arrangements.some((a: any) => e.id.endsWith(`/${a.id}`))).needId, e.fields.Delivery_Mechanism]);
    for (const [needId, mechanism] of mechanisms) expect(mechanism).toEqual(needId === record.needsToBeMet[0].needId ? 'Direct Payment' : DNH_INDIVIDUAL);
  });

  it('an individual service fund, or no choice recorded: the delivery mechanism is not held', () => {
    const record = example('support-plan', 'complete-managed-budget');
    record.personalBudget.howTaken = 'individual-service-fund';
    expect(eventsOf(record)[0]!.fields.Delivery_Mechanism).toEqual(DNH_INDIVIDUAL);
    delete record.personalBudget;
    expect(eventsOf(record)[0]!.fields.Delivery_Mechanism).toEqual(DNH_INDIVIDUAL);
  });

  it('a plan the person has not agreed starts when it was prepared; with no date at all it gives no event', () => {
    const record = example('support-plan', 'complete-direct-payment');
    record.agreement.agreed = false;
    expect(eventsOf(record)[0]!.start).toBe('2026-03-20');
    delete record.preparedAt;
    expect(supportPlanMapping.events(record, '1.1.0')).toEqual({ skipped: 'complete but no start date' });
  });
});
