// A missing or malformed setting: one sentence naming the variable (its own module, so explaining
// it never loads the schema).
export class ConfigError extends Error {}
