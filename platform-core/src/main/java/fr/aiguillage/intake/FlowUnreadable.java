package fr.aiguillage.intake;

/**
 * The rest of a CAF flow cannot be read (truncated, not well-formed, a byte its encoding does not
 * allow, a DOCTYPE): the households returned before stand; the one being read and those after it
 * are lost. The message says where, in French.
 */
final class FlowUnreadable extends RuntimeException {
  private final int line;
  private final int column;
  private final int lastHousehold;

  FlowUnreadable(String message, int line, int column, int lastHousehold) {
    super(message);
    this.line = line;
    this.column = column;
    this.lastHousehold = lastHousehold;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The ordinal of the last household read whole, 0 if none. */
  int lastHousehold() {
    return lastHousehold;
  }
}
