import { deliveryMechanism, labelOf, serviceComponent, serviceType } from '../code-list.js';
import type { CldField } from '../field.js';
import { INDIVIDUAL_LEVEL, SYSTEM_LEVEL, type CldValue } from '../not-held.js';
import { arrayAt, booleanAt, dateOf, isObject, objectAt, stringAt, type Json } from '../read.js';
import { NO_START_DATE, type KindMapping, type Mapped, type MappedEvent } from './mapping.js';

/** How the arrangement is delivered: reablement is commissioned outside a personal budget; the rest as the budget is taken. */
function deliveryOf(arrangement: Json, needId: string | undefined, budget: Json | undefined): CldValue {
  if (stringAt(arrangement, 'by') === 'reablement') return labelOf(deliveryMechanism, 'cassr-commissioned-support');
  const howTaken = stringAt(budget, 'howTaken');
  if (howTaken === 'direct-payment') return labelOf(deliveryMechanism, 'direct-payment');
  if (howTaken === 'council-managed') return labelOf(deliveryMechanism, 'cassr-managed-personal-budget');
  if (howTaken === 'mixed') {
    // A mixed budget says which needs the direct payment covers; for any other need it does not say how.
    const dpNeeds = arrayAt(objectAt(budget, 'directPayment'), 'needIds');
    if (needId !== undefined && dpNeeds.includes(needId)) return labelOf(deliveryMechanism, 'direct-payment');
  }
  // An individual service fund has no code of its own in the list, and a missing choice is not held.
  return INDIVIDUAL_LEVEL;
}

const DIRECT_PAYMENT = labelOf(deliveryMechanism, 'direct-payment');

/** Service_Type and Service_Component where the arrangement says them; a plan does not say a paid service's setting or kind. */
function typeAndComponent(arrangement: Json, delivery: CldValue): { type: CldValue; component: CldValue } {
  const by = stringAt(arrangement, 'by');
  if (by === 'reablement') return { type: labelOf(serviceType, 'short-term-st-max'), component: labelOf(serviceComponent, 'reablement') };
  if (by === 'technology-or-equipment') return { type: INDIVIDUAL_LEVEL, component: labelOf(serviceComponent, 'equipment') };
  // Support bought with a direct payment is long-term support in the community (SALT LTS001, as CLD replicates it).
  if (by === 'paid-support' && delivery === DIRECT_PAYMENT) return { type: labelOf(serviceType, 'long-term-community'), component: labelOf(serviceComponent, 'direct-payment') };
  return { type: INDIVIDUAL_LEVEL, component: INDIVIDUAL_LEVEL };
}

/**
 * A care and support plan: a Service event for each arrangement the council pays for (CLD counts services the
 * council funds or arranges, §4.2), active from when the person agreed the plan (or, failing that, when it was prepared).
 */
export const supportPlanMapping: KindMapping = {
  kind: 'support-plan',
  events(record): Mapped {
    const agreement = objectAt(record, 'agreement');
    const start = (booleanAt(agreement, 'agreed') === true ? dateOf(stringAt(agreement, 'recordedAt')) : undefined) ?? dateOf(stringAt(record, 'preparedAt'));
    const planId = stringAt(record, 'id') ?? '';
    const budget = objectAt(record, 'personalBudget');
    const events: MappedEvent[] = [];
    for (const need of arrayAt(record, 'needsToBeMet')) {
      const needId = stringAt(need, 'needId');
      for (const arrangement of arrayAt(need, 'arrangements')) {
        if (!isObject(arrangement) || stringAt(arrangement, 'fundedBy') !== 'council') continue;
        const delivery = deliveryOf(arrangement, needId, budget);
        const { type, component } = typeAndComponent(arrangement, delivery);
        const fields: Partial<Record<CldField, CldValue>> = {
          // An open service has no outcome yet; a plan does not record how a service ended.
          Event_Outcome: INDIVIDUAL_LEVEL,
          Service_Type: type,
          Service_Component: component,
          Delivery_Mechanism: delivery,
          // A plan holds its personal budget for a period, not a unit cost, unit type or units a week for each service.
          Unit_Cost: SYSTEM_LEVEL,
          'Cost_Frequency_(Unit_Type)': SYSTEM_LEVEL,
          Planned_units_per_week: SYSTEM_LEVEL,
        };
        events.push({ id: `${planId}/${stringAt(arrangement, 'id') ?? ''}`, eventType: 'Service', clientType: 'Service User', periodRule: 'active', start: start ?? INDIVIDUAL_LEVEL, end: undefined, fields });
      }
    }
    if (events.length > 0 && start === undefined) return { skipped: NO_START_DATE };
    return { events };
  },
};
