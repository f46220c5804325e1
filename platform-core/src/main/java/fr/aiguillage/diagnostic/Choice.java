package fr.aiguillage.diagnostic;

/** One possible answer of a choice question: a stable code and a French label. */
public record Choice(String code, String label) {}
