package fr.aiguillage.shared;

/**
 * The bounds of what people type, shared by the API's records (Bean Validation), the services that
 * check them again for the screens, and the database columns they fit in.
 */
public final class Limits {
  private Limits() {}

  /** An identifier as text (a UUID is 36 characters). */
  public static final int ID = 36;

  /** A code from a closed list (a pathway, a motif, a status). */
  public static final int CODE = 40;

  /** A date or a time as text (AAAA-MM-JJ, HH:MM). */
  public static final int DATE = 32;

  /** A person's or an organisation's name, a user name. */
  public static final int NAME = 100;

  /** A label, a title, a place. */
  public static final int LABEL = 200;

  /** An e-mail address (RFC 5321). */
  public static final int EMAIL = 254;

  /** A web address. */
  public static final int URL = 500;

  /** A reason given for a decision, a refusal, a move, a closure. */
  public static final int REASON = 2000;

  /** A written synthesis, next steps, a rule's condition or explanation. */
  public static final int LONG_TEXT = 8000;

  /** How many items a list in one request may hold (ids of a batch, actions, rules). */
  public static final int LIST = 500;

  /** A row version (optimistic lock). */
  public static final long VERSION_MAX = Integer.MAX_VALUE;

  /** How many rows one bulk import request may carry. */
  public static final int BULK_ROWS = 5000;

  /** A number of days given in a setting or a request. */
  public static final int DAYS_MAX = 3650;

  /**
   * Refuses a text longer than {@code max} or with a control character (tab and line breaks
   * excepted), for the inputs that reach a service without passing the API's reader (the screens).
   */
  public static void checkText(String field, String value, int max) {
    Text.problem(value, max, true)
        .ifPresent(
            message -> {
              throw new InvalidInputException(field, message);
            });
  }
}
