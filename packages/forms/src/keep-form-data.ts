// JSON Forms' action for a change of its props; written out so that nothing here imports JSON Forms.
const UPDATE_CORE = 'jsonforms/UPDATE_CORE';

/**
 * A JSON Forms `middleware` that lets the form keep the data it holds. JSON Forms applies its `data` prop again
 * whenever any prop changes (the findings, on every change) and reports a change some milliseconds late, so
 * characters typed in between are lost; with this, pass the record you started from as `data` and keep what
 * `onChange` gives. Give the form a new `key` to start again from other data.
 */
export function keepFormData<S extends { readonly data?: unknown }, A extends { readonly type: string }>(state: S, action: A, reducer: (state: S, action: A) => S): S {
  return action.type === UPDATE_CORE ? reducer(state, { ...action, data: state.data }) : reducer(state, action);
}
