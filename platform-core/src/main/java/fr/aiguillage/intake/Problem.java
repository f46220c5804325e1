package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;

/**
 * A line of an import's report: its row as the spreadsheet shows it (for a CAF flow, the
 * household's rank in the file), the column (for a flow, the person), in French, and its kind: a
 * refusal ({@link Kind#REJECTED}), or — for a flow — a person not in the département's scope, a
 * person who left the RSA, or a note on what the reader did not read. A message may quote what the
 * row held: it is kept printable and short, and the column fits its database column ({@code
 * import_problem.column_name varchar(100)}), whatever the file held.
 */
public record Problem(int row, String column, String message, Kind kind) {
  static final int COLUMN_MAX = 100;
  static final int MESSAGE_MAX = 1000;

  /** What a report line says. */
  public enum Kind {
    REJECTED,
    OUT_OF_SCOPE,
    LEFT,
    NOTE
  }

  public Problem {
    column = Text.printable(column, COLUMN_MAX);
    message = Text.printable(message, MESSAGE_MAX);
    kind = kind == null ? Kind.REJECTED : kind;
  }

  /** A refusal. */
  public Problem(int row, String column, String message) {
    this(row, column, message, Kind.REJECTED);
  }
}
