package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;

/**
 * What is wrong with a row: its number as the spreadsheet shows it, the column, in French. A
 * message may quote what the row held: it is kept printable and short, and the column fits its
 * database column ({@code import_problem.column_name varchar(100)}), whatever the file held.
 */
public record Problem(int row, String column, String message) {
  static final int COLUMN_MAX = 100;
  static final int MESSAGE_MAX = 1000;

  public Problem {
    column = Text.printable(column, COLUMN_MAX);
    message = Text.printable(message, MESSAGE_MAX);
  }
}
