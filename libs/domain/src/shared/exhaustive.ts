/** Ends every switch over a union: adding a variant without handling it fails to compile. */
export function exhaustive(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
