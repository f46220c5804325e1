package fr.aiguillage.ui.templates;

/** The selection the browser reported ("12,15"), kept inside a text of a given length. */
final class CaretRange {
  private CaretRange() {}

  /** {start, end}; the end of the text when the browser said nothing usable. */
  static int[] parse(String reported, int length) {
    int start = length;
    int end = length;
    if (reported != null && reported.matches("\\d+,\\d+")) {
      String[] parts = reported.split(",");
      start = Math.min(Integer.parseInt(parts[0]), length);
      end = Math.min(Math.max(Integer.parseInt(parts[1]), start), length);
    }
    return new int[] {start, end};
  }
}
