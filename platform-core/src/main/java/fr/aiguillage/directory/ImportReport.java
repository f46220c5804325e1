package fr.aiguillage.directory;

import java.util.List;

/** What a directory import did, or would have done: nothing is saved when there is an error. */
public record ImportReport(int rows, int created, int updated, List<DirectoryRow> errors) {
  public boolean accepted() {
    return errors.isEmpty();
  }
}
