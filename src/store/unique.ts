// Recognising "that row already exists": the store's way of saying a message or a reminder was
// already queued by someone else.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  if (e?.code === "P2002") return true;
  if (e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") return true;
  return /UNIQUE constraint failed|duplicate key value violates unique constraint|Unique constraint failed/i.test(e?.message ?? "");
}
