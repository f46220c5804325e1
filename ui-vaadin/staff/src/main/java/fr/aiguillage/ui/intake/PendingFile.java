package fr.aiguillage.ui.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A received list waiting to be imported: its temporary copy and the name it had on the user's
 * computer. Until the import takes it over, the page deletes it when it is replaced or given up.
 */
record PendingFile(String path, String name) implements Serializable {
  PendingFile(Path path, String name) {
    this(path.toString(), name);
  }

  Path file() {
    return Path.of(path);
  }

  InputStream open() throws IOException {
    return Files.newInputStream(file());
  }

  long size() {
    try {
      return Files.size(file());
    } catch (IOException e) {
      return 0;
    }
  }

  void discard() {
    delete(file());
  }

  /** A temporary file left behind is cleaned by the system: a failure here changes nothing. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // see above
    }
  }
}
