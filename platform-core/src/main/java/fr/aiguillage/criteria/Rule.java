package fr.aiguillage.criteria;

import fr.aiguillage.directory.StructureKind;

/**
 * One line of a département's criteria table: when {@code condition} (a CEL expression over the
 * diagnostic's answers) holds, propose {@code pathway}, optionally towards a kind of structure, and
 * say why in {@code explanation}. {@code unverified} marks national rules whose legal source was
 * not read (REFERENCE.md): they stay editable data.
 */
public record Rule(
    String code,
    String condition,
    Pathway pathway,
    StructureKind targetKind,
    boolean needsReview,
    String explanation,
    boolean unverified) {}
