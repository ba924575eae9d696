// Turning an outbox row into the message to send, at send time: plain messages as queued,
// reminders rebuilt from the tasks as they are now, the monthly report built for its recipient.
// null cancels the row (nothing left to say).
import type { Rendered } from "./deliverer.js";
import type { Payload } from "./payload.js";
import type { OutboxRow } from "../store/outbox-repo.js";

export interface Renderers {
  reminder: {
    render(row: OutboxRow, payload: Payload & { type: "reminder" }): Promise<Rendered | null>;
    /** Reads what a batch of rows is rendered from, at once. */
    prepare(rows: OutboxRow[]): Promise<void>;
  };
  /** The report's text, and its files where the channel takes them. */
  report?(payload: Payload & { type: "report" }, channel: string): Promise<Rendered>;
}

export function createRenderer(r: Renderers) {
  return {
    prepare: (rows: OutboxRow[]) => r.reminder.prepare(rows),
    async render(row: OutboxRow, payload: Payload): Promise<Rendered | null> {
      switch (payload.type) {
        case "message":
          return { message: payload.message, taskIds: payload.taskIds ?? [] };
        case "report":
          return r.report ? r.report(payload, row.channel) : null;
        case "reminder":
          return r.reminder.render(row, payload);
      }
    },
  };
}
