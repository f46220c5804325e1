package fr.aiguillage.intake;

import fr.aiguillage.shared.FieldError;
import java.util.List;

/**
 * The rows of a list, read one at a time so that a file of a million rows needs no more memory than
 * one of a hundred. Row numbers are those people see in their spreadsheet (header = 1).
 */
public interface RowSource extends AutoCloseable {
  List<String> header();

  /** The next row that is not empty, or null at the end. */
  SourceRow next();

  /** Empty rows skipped so far. */
  int emptyRows();

  @Override
  void close();

  /**
   * A row's cells in header order, and what of the row could not be read into a cell (a field the
   * source does not know, a value of the wrong type): reported with the row's other problems.
   */
  record SourceRow(int number, List<String> cells, List<FieldError> unread) {
    public SourceRow(int number, List<String> cells) {
      this(number, cells, List.of());
    }
  }
}
