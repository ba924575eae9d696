// What the Zalo Bot Platform answers and sends, as zod schemas. Where copies of the docs disagree,
// both shapes are accepted: ids as strings (numbers are taken and turned into strings), an update
// alone or wrapped as { ok, result }.
import { z } from "zod";

const id = z.union([z.string(), z.number()]).transform(String);

export const envelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.coerce.number().optional(),
  description: z.string().optional(),
});

export const botInfo = z.object({
  id,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});

export const sentMessage = z.object({ message_id: id, date: z.coerce.number().optional() });

export const webhookInfo = z.object({ url: z.string().optional().default("") }).passthrough();

const message = z.object({
  message_id: id,
  date: z.coerce.number(),
  text: z.string().optional(),
  chat: z.object({ id, chat_type: z.string().optional().default("PRIVATE") }),
  from: z.object({ id, display_name: z.string().optional(), is_bot: z.boolean().optional() }),
  /** The message this one replies to, when the platform says so. */
  quote_message_id: id.optional(),
});

export const update = z.object({ event_name: z.string(), message: message.optional() });
export type ZaloUpdate = z.infer<typeof update>;

/** An update as it comes: alone, or wrapped as { ok: true, result: update }. */
export function parseUpdate(raw: unknown): ZaloUpdate | undefined {
  const wrapped = z.object({ ok: z.literal(true), result: z.unknown() }).safeParse(raw);
  const parsed = update.safeParse(wrapped.success ? wrapped.data.result : raw);
  return parsed.success ? parsed.data : undefined;
}
