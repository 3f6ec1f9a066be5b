/**
 * `read` remembered per argument, undefined answers included: for the few distinct values that
 * repeat down many rows (a ledger's categories, dates and prices; a plan's start dates).
 */
export function memoByKey<T>(read: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    const value = read(key);
    memo.set(key, value);
    return value;
  };
}
