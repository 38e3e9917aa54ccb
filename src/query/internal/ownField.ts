/**
 * An optional field of a record, read only when it is the record's own: a polluted
 * `Object.prototype` (say `Object.prototype.location = 'iraq'`) never lends a value.
 *
 * @param record - a record of the dataset.
 * @param key - the field.
 * @returns the field's own value, or `undefined`.
 */
export function ownField<T extends object, K extends keyof T & string>(record: T, key: K): T[K] | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
