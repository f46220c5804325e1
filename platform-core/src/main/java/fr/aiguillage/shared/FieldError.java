package fr.aiguillage.shared;

/**
 * One refused input: the field (JSON path or form field) and a French message for the person who
 * typed it.
 */
public record FieldError(String field, String message) {}
