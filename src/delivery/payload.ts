// What an outbox row carries. A reminder is stored as task ids (its Reminder rows) and rendered when it is sent, so
// a task completed or re-dated in between is not reminded of.
import type { Button } from "../channels/channel.js";
import type { ReminderKind } from "../core/reminders/policy.js";

/** A text and its buttons (shown as a numbered list where a channel has none). */
export interface Text {
  text: string;
  buttons?: Button[][];
}

export type Payload =
  | { type: "message"; message: Text; taskIds?: number[] }
  /**
   * A sweep's reminder: its items are the Reminder rows pointing at it (read when it is sent).
   * Rows queued before that change carry their items here.
   */
  | { type: "reminder"; day: string; items?: { taskId: number; kind: ReminderKind }[] }
  /** The monthly report, rendered at send time in the recipient's language, with its files. */
  | { type: "report"; year: number; month: number; language?: string };
