/** How serious a finding about a user's file is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about a user's file. `line` is 0-based and counted from the start of the file
 * (or of `_config.yml` for configuration problems). `code` is a stable id the UI can localize.
 */
export interface Problem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly line: number;
  /** 0-based column on `line`, where the reader knows it (YAML errors). */
  readonly column?: number;
}

/** An expected failure, reported as a value. Line is 0-based from the file start. */
export interface LineError {
  readonly message: string;
  readonly line: number;
  /** 0-based column on `line`, where the reader knows it (YAML errors). */
  readonly column?: number;
}
