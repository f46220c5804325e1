package fr.aiguillage.diagnostic;

/** A question the person and the professional answered differently. */
public record Difference(String questionCode, Object personValue, Object professionalValue) {}
