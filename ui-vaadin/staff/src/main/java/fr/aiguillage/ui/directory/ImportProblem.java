package fr.aiguillage.ui.directory;

import fr.aiguillage.directory.DirectoryRow;
import fr.aiguillage.shared.FieldError;

/** One line of the refusal table: where in the file, which column, and what is wrong. */
record ImportProblem(String line, String column, String message) {
  static final String WHOLE_FILE = "tout le fichier";

  /** An error of the import: "en-tête" for the header, else the structure's row number. */
  static ImportProblem of(DirectoryRow error) {
    return new ImportProblem(ImportTexts.line(error.row()), error.column(), error.message());
  }

  /** A file the reader could not read at all (empty, not JSON…): no row to point at. */
  static ImportProblem of(FieldError error) {
    return new ImportProblem(WHOLE_FILE, error.field(), error.message());
  }
}
