package fr.aiguillage.shared;

/**
 * One refused input: the field (JSON path or form field) and a French message for the person who
 * typed it; for an error inside a text (a template's merge field), also the place a person
 * recognises ("Section 2 « Vos engagements »") and the line and column from 1. Those three are null
 * otherwise, and left out of a response.
 */
public record FieldError(String field, String message, String place, Integer line, Integer column) {
  public FieldError(String field, String message) {
    this(field, message, null, null, null);
  }
}
